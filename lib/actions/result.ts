/** Result of a server action for its form: data, or errors safe to show. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** Message for the whole form, in French. */
      message: string;
      /** Messages by field name, in French, shown next to each field. */
      fieldErrors: Record<string, string>;
    };
