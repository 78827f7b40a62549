// One pg pool per worker, on the bench's database (DATABASE_URL, e.g. postgresql://postgres@/bench_express?host=/tmp/dir):
// 16 connections each, so that two workers hold as many as wrk's 32 connections can keep busy.
const { Pool } = require('pg');

module.exports = new Pool({ connectionString: process.env.DATABASE_URL, max: 16 });
