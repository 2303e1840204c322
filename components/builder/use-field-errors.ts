"use client";

import { useCallback, useMemo, useState } from "react";

/** A box whose text cannot be used: named, so the summary can say which and link to it. */
export interface FieldError {
  /** The input's id (the summary links to it). */
  inputId: string;
  /** What the box is, in words: "Quantity of Samsung 850 EVO 500GB". */
  label: string;
  message: string;
}

/** The builder's invalid boxes; while any is invalid the totals are not computed. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const report = useCallback((inputId: string, error: FieldError | null) => {
    setErrors((current) => {
      const had = current[inputId];
      if (!error) {
        if (!had) return current;
        const rest = { ...current };
        delete rest[inputId];
        return rest;
      }
      if (had && had.message === error.message && had.label === error.label) return current;
      return { ...current, [inputId]: error };
    });
  }, []);
  const list = useMemo(() => Object.values(errors), [errors]);
  return { list, report };
}

export type ReportFieldError = (inputId: string, error: FieldError | null) => void;
