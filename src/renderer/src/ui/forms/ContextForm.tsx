import type { FormEvent, FormHTMLAttributes, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';

/**
 * A `<form class="form">` whose fields find their react-hook-form through the context. The browser
 * does not check the input (`noValidate`): the form's schema does, and says so in words at each field.
 * `onSubmit` is usually `form.handleSubmit(save)`.
 */
export function ContextForm<TInput extends FieldValues, TContext, TValues>({
  form,
  onSubmit,
  children,
  ...attributes
}: {
  form: UseFormReturn<TInput, TContext, TValues>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void> | void;
  children: ReactNode;
} & Pick<FormHTMLAttributes<HTMLFormElement>, 'aria-labelledby' | 'aria-describedby' | 'aria-busy'>) {
  return (
    <FormProvider {...form}>
      <form className="form" noValidate {...attributes} onSubmit={(event) => void onSubmit(event)}>
        {children}
      </form>
    </FormProvider>
  );
}
