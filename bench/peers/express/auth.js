// requireUser: the hosts' access token (HS256, issuer, audience, exact expiry, type "access") of an active user.
const jwt = require('jsonwebtoken');
const db = require('./db');

const key = process.env.JWT_SIGNING_KEY;
const issuer = process.env.JWT_ISSUER || 'blog-samples';
const audience = process.env.JWT_AUDIENCE || 'blog-samples';

function refuse(res) {
  res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).json({
    detail: 'The access token is missing, malformed, expired, revoked or not an access token.',
  });
}

async function requireUser(req, res, next) {
  const [scheme, token] = (req.get('authorization') || '').split(' ');
  let claims;
  try {
    if (scheme.toLowerCase() !== 'bearer' || !token) throw new Error('no bearer token');
    claims = jwt.verify(token, key, { algorithms: ['HS256'], issuer, audience });
  } catch {
    return refuse(res);
  }
  if (claims.type !== 'access' || !/^\d+$/.test(claims.sub)) return refuse(res);
  const { rows } = await db.query('SELECT id, username FROM users WHERE id = $1 AND is_active', [Number(claims.sub)]);
  if (rows.length === 0) return refuse(res);
  req.user = rows[0];
  next();
}

module.exports = { requireUser };
