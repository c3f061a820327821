import FormResultView from './FormResultView.astro';
import QuestionFormView from './QuestionFormView.astro';

/** The forms' pages by route kind; the contact form itself sits on the contact page. */
export const views = {
  formResult: FormResultView,
  questionForm: QuestionFormView,
} as const;
