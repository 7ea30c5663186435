import { getRequestConfig } from "next-intl/server";

import { loadMessages } from "./messages";

// The association works in French; the code is ready for other locales but
// none is routed yet.
export const locale = "fr";

export default getRequestConfig(async () => ({
  locale,
  timeZone: "Europe/Paris",
  messages: await loadMessages(locale),
}));
