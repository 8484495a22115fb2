// Every test process: quiet logs, no background job runner (tests run jobs explicitly),
// and a scratch media folder.
process.env.PAYLOAD_LOG_LEVEL ??= 'warn'
process.env.JOBS_AUTORUN = 'false'
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.MEDIA_DIR ??= './data/test-media'
