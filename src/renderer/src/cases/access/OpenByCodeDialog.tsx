import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../../kernel/i18n';
import { useNavigation } from '../../kernel/navigation';
import { useSession } from '../../kernel/session';
import { DialogFormActions } from '../../ui/DialogFormActions';
import { FieldFrame } from '../../ui/forms';
import { Modal } from '../../ui/Modal';
import { setLookupNotice } from './lookupNotice';
import './access.css';

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(40, 'validation.tooLong')
    // Codes are printed in capitals (LEV-2026-0042); typing them in small letters must find them too.
    .transform((code) => code.toUpperCase()),
});
type CodeInput = z.input<typeof codeSchema>;
type CodeValues = z.output<typeof codeSchema>;

/**
 * A counsellor opens a case by its code (a colleague's case during a substitution or for a case
 * conference). The look-up tells only whose case it is; opening it then asks for the reason.
 */
export function OpenByCodeDialog({ onClose }: { onClose: () => void }) {
  const { t, translateMessage } = useI18n();
  const { call } = useSession();
  const { navigate } = useNavigation();
  const id = useId();
  const form = useForm<CodeInput, unknown, CodeValues>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isSearching, setSearching] = useState(false);
  const error = form.formState.errors.code;

  async function find(values: CodeValues) {
    setFormError(null);
    setSearching(true);
    const result = await call((api) => api.access.lookupCase({ code: values.code }));
    setSearching(false);
    if (!result.ok) {
      if (result.error.code === 'NOT_FOUND') {
        form.setError('code', { type: 'server', message: 'access.lookup.notFound' });
        form.setFocus('code', { shouldSelect: true });
      } else if (result.error.fields?.code) {
        form.setError('code', { type: 'server', message: result.error.fields.code });
        form.setFocus('code', { shouldSelect: true });
      } else setFormError(result.error);
      return;
    }
    const found = result.value;
    if (!found.isOwn) setLookupNotice(found.caseId, { code: found.code, counsellorName: found.counsellorName });
    onClose();
    navigate({ page: 'case', caseId: found.caseId });
  }

  return (
    <Modal title={t('access.lookup.title')} describedBy={`${id}-intro`} onClose={onClose}>
      <p id={`${id}-intro`}>{t('access.lookup.intro')}</p>
      <form className="form" noValidate aria-busy={isSearching} onSubmit={(event) => void form.handleSubmit(find)(event)}>
        <FieldFrame
          id={`${id}-code`}
          label={t('access.lookup.code')}
          hint={t('access.lookup.codeHint')}
          error={error?.message ? translateMessage(error.message) : null}
        >
          {({ id: controlId, describedBy, isInvalid }) => (
            <input
              id={controlId}
              className="field-input code-mono-input"
              autoComplete="off"
              spellCheck={false}
              data-autofocus
              aria-required="true"
              aria-invalid={isInvalid ? 'true' : 'false'}
              aria-describedby={describedBy}
              {...form.register('code', {
                onChange: () => {
                  if (form.getFieldState('code').error) void form.trigger('code');
                },
              })}
            />
          )}
        </FieldFrame>
        <DialogFormActions
          error={formError}
          submitLabel={t('access.lookup.submit')}
          isDisabled={isSearching}
          onCancel={onClose}
          cancelLabel={t('access.lookup.cancel')}
        />
      </form>
    </Modal>
  );
}
