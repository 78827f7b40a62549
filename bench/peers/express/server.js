// The course's Express lesson serving the bench's list, detail and comment write over the hosts' schema:
// node:cluster forks WORKERS (default 2) processes that share the listening port.
const cluster = require('node:cluster');
const express = require('express');

const workers = Number(process.env.WORKERS || 2);
const port = Number(process.env.PORT || 3000);

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    console.error(`worker ${worker.process.pid} exited with ${code}`);
    process.exitCode = 1;
  });
} else {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use('/posts', require('./posts'));
  // Express 5 hands a rejected handler's error here: a database that is away is a 503, never a stack trace.
  app.use((err, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = err.status || err.statusCode || 503;
    res.status(status).json({ detail: status === 503 ? 'The database is unavailable.' : err.message });
  });
  app.listen(port, '127.0.0.1');
}
