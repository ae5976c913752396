import type { ComplexAttributeConverter } from 'lit';

/**
 * Presence booleans that also accept the incumbent's string convention: `disabled`,
 * `disabled=""` and `disabled="true"` are true; `disabled="false"` and no attribute are false.
 */
export const booleanConverter: ComplexAttributeConverter<boolean> = {
  fromAttribute(value: string | null): boolean {
    return value !== null && value.trim().toLowerCase() !== 'false';
  },
  toAttribute(value: boolean): string | null {
    return value ? '' : null;
  },
};
