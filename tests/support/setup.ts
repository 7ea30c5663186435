// Runs in each test worker before its test files.
process.env.TZ = "UTC";
