// Runs in each test worker before its test files.
process.env.TZ = "UTC";
// Links in e-mails need the public address; a test may set its own.
process.env.NEXTAUTH_URL ??= "http://127.0.0.1:3999";
