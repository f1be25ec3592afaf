import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ACCESS_REASONS } from '@shared/cases/access';
import type { AppErrorData } from '@shared/kernel/result';
import type { AccessReason } from '@shared/cases/access';
import { useI18n } from '../../kernel/i18n';
import { DialogFormActions } from '../../ui/DialogFormActions';
import { FieldError } from '../../ui/FieldError';
import { FieldFrame } from '../../ui/forms';
import { Modal } from '../../ui/Modal';
import type { LookupNotice } from './lookupNotice';
import { EMPTY_REASON, reasonFormSchema, toAccessReason, type ReasonFormInput, type ReasonFormValues } from './reasonForm';
import './access.css';

const REASON_LABEL = {
  substitution: 'access.reason.substitution',
  caseConference: 'access.reason.caseConference',
  other: 'access.reason.other',
} as const;

/**
 * Break-the-glass: a colleague's case opens only with a reason. Vertretung, Fallkonferenz or
 * Sonstiges (then a text is required); the reason and the access are logged and shown to the
 * supervisor. "Abbrechen" (or Escape) opens nothing.
 */
export function ReasonDialog({
  lookup,
  onConfirm,
  onCancel,
}: {
  lookup: LookupNotice | null;
  /** Opens the case with the reason; resolves to null on success, or the core's error. */
  onConfirm: (reason: AccessReason) => Promise<AppErrorData | null>;
  onCancel: () => void;
}) {
  const { t, translateMessage } = useI18n();
  const id = useId();
  const form = useForm<ReasonFormInput, unknown, ReasonFormValues>({
    resolver: zodResolver(reasonFormSchema),
    defaultValues: EMPTY_REASON,
  });
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const [isOpening, setOpening] = useState(false);
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const isTextRequired = kind === 'other';

  async function open(values: ReasonFormValues) {
    setFormError(null);
    setOpening(true);
    const error = await onConfirm(toAccessReason(values));
    setOpening(false);
    if (!error) return;
    const textError = error.fields?.['access.text'] ?? error.fields?.text;
    if (textError) {
      form.setError('text', { type: 'server', message: textError });
      form.setFocus('text');
    } else setFormError(error);
  }

  const kindErrorId = `${id}-kind-error`;
  return (
    <Modal title={t('access.dialog.title')} describedBy={`${id}-intro`} onClose={onCancel} className="reason-dialog">
      <p id={`${id}-intro`}>
        {lookup ? t('access.dialog.introKnown', { code: lookup.code, counsellor: lookup.counsellorName }) : t('access.dialog.intro')}{' '}
        {t('access.dialog.logged')}
      </p>
      <form className="form" noValidate aria-busy={isOpening} onSubmit={(event) => void form.handleSubmit(open)(event)}>
        <fieldset className="field radio-group" aria-describedby={errors.kind ? kindErrorId : undefined}>
          <legend className="field-label">{t('access.dialog.kind')}</legend>
          {ACCESS_REASONS.map((value, index) => (
            <label key={value} className="radio">
              <input
                type="radio"
                value={value}
                // The first option takes the focus when the dialog opens.
                data-autofocus={index === 0 ? true : undefined}
                aria-invalid={errors.kind ? 'true' : 'false'}
                {...form.register('kind', {
                  onChange: () => {
                    if (form.getFieldState('kind').error || form.getFieldState('text').error) void form.trigger(['kind', 'text']);
                  },
                })}
              />
              <span>{t(REASON_LABEL[value])}</span>
            </label>
          ))}
          {errors.kind?.message ? <FieldError id={kindErrorId} message={translateMessage(errors.kind.message)} /> : null}
        </fieldset>
        <FieldFrame
          id={`${id}-text`}
          className="field-wide"
          label={isTextRequired ? t('access.dialog.textRequired') : t('access.dialog.textOptional')}
          hint={t('access.dialog.textHint')}
          error={errors.text?.message ? translateMessage(errors.text.message) : null}
        >
          {({ id: controlId, describedBy, isInvalid }) => (
            <textarea
              id={controlId}
              className="field-input reason-text"
              rows={3}
              maxLength={300}
              aria-required={isTextRequired ? 'true' : 'false'}
              aria-invalid={isInvalid ? 'true' : 'false'}
              aria-describedby={describedBy}
              {...form.register('text', {
                onChange: () => {
                  if (form.getFieldState('text').error) void form.trigger('text');
                },
              })}
            />
          )}
        </FieldFrame>
        <DialogFormActions
          error={formError}
          submitLabel={t('access.dialog.open')}
          isDisabled={isOpening}
          onCancel={onCancel}
          cancelLabel={t('access.dialog.cancel')}
        />
      </form>
    </Modal>
  );
}
