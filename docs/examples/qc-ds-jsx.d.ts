// Lets TypeScript check the qc-ds tags in React's JSX (React 19 passes their props as properties
// or attributes by itself). Add this file once to a React project that uses @qc-ds/components.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type QcElementProps<Props> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Props;
type Size = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

interface QcFieldProps {
  label?: string;
  description?: string;
  required?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  'invalid-text'?: string;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'qc-textfield': QcElementProps<QcFieldProps & { size?: Size; 'max-length'?: number }>;
      'qc-select': QcElementProps<QcFieldProps & { width?: Size; placeholder?: string }>;
      'qc-checkbox': QcElementProps<QcFieldProps & { compact?: boolean }>;
      'qc-error-summary': QcElementProps<{ heading?: string }>;
      'qc-button': QcElementProps<{
        type?: 'submit' | 'reset' | 'button';
        variant?: 'primary' | 'secondary' | 'tertiary' | 'danger';
        disabled?: boolean;
      }>;
    }
  }
}
