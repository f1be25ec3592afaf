import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { FreePart, Paper, PaperConsent, PaperDraft, TemplateInfo } from '@shared/papers/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useSession } from '../kernel/session';

/** The recipient as the form holds it (all three kinds' fields, so switching back keeps what was typed). */
export interface RecipientForm {
  kind: 'client' | 'partner' | 'other';
  partnerId: string;
  name: string;
  address: string;
}

export function draftOf(
  templateId: string,
  recipient: RecipientForm,
  free: Partial<Record<FreePart, string>>,
  extra: Pick<PaperDraft, 'sections' | 'period' | 'appointment'>,
): PaperDraft {
  const to: PaperDraft['recipient'] =
    recipient.kind === 'client'
      ? { kind: 'client' }
      : recipient.kind === 'partner'
        ? { kind: 'partner', partnerId: recipient.partnerId, address: recipient.address }
        : { kind: 'other', name: recipient.name, address: recipient.address };
  return { templateId, recipient: to, free, ...extra };
}

/** Templates and partners once; the preview again whenever the draft changes (a moment after the last keystroke). */
export function usePaperDraft(caseId: string, draft: PaperDraft | null) {
  const { call } = useSession();
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [partners, setPartners] = useState<ChannelOutput<'partners:list'>>([]);
  const [preview, setPreview] = useState<{ paper: Paper; consent: PaperConsent; free: Partial<Record<FreePart, string>> } | null>(null);
  const [previewError, setPreviewError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    void call((api) => api.papers.templates()).then((result) => {
      if (result.ok) setTemplates(result.value);
    });
    void call((api) => api.partners.list({})).then((result) => {
      if (result.ok) setPartners(result.value);
    });
  }, [call]);

  const key = draft ? JSON.stringify(draft) : null;
  useEffect(() => {
    if (key === null) return;
    const timer = setTimeout(() => {
      void call((api) => api.papers.preview({ caseId, draft: JSON.parse(key) as PaperDraft })).then((result) => {
        if (result.ok) {
          setPreview(result.value);
          setPreviewError(null);
        } else setPreviewError(result.error);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [call, caseId, key]);

  return { templates, partners, preview, previewError };
}
