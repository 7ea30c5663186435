"use client";

import type { InputHTMLAttributes, ReactNode } from "react";

import { Field } from "@/components/forms/field";

const fileInputClassName =
  "block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-600 file:px-3 file:py-2 file:font-medium file:text-white";

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A file input inside a Field. Pass react-hook-form's `register(name)` spread and `accept`. */
export function FileField({ label, error, hint, className, ...input }: FileFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(aria) => (
        <input {...input} {...aria} type="file" className={className ?? fileInputClassName} />
      )}
    </Field>
  );
}
