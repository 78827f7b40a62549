// The posts router: the published list with its total, one post, and a comment on a post.
const express = require('express');
const db = require('./db');
const { requireUser } = require('./auth');

const router = express.Router();
const commentMax = 5000;

// The contract's timestamps (UTC, six fractional digits, Z) are formatted by PostgreSQL: a JS Date keeps milliseconds.
const utc = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const postColumns = `
  p.id, p.title, p.slug, p.content, p.status,
  ARRAY(SELECT t.name FROM post_tags t WHERE t.post_id = p.id ORDER BY t.name COLLATE "C") AS tags,
  json_build_object('id', u.id, 'username', u.username) AS author,
  (SELECT count(*)::int FROM comments c WHERE c.post_id = p.id) AS comment_count,
  ${utc('p.created_at')} AS created_at, ${utc('p.updated_at')} AS updated_at`;

function notFound(res) {
  res.status(404).json({ detail: 'Post not found.' });
}

// An opaque, unsigned position (the hosts sign theirs): this peer reads no cursor back.
const cursorOf = (post) => Buffer.from(`${post.created_at}:${post.id}`).toString('base64url');

router.get('/', async (req, res) => {
  const limit = req.query.limit === undefined ? 20 : Number(req.query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return res.status(400).json({ detail: 'limit must be an integer from 1 to 100.' });
  }
  const [count, page] = await Promise.all([
    db.query("SELECT count(*)::int AS total FROM posts WHERE status = 'published'"),
    db.query(`SELECT ${postColumns} FROM posts p JOIN users u ON u.id = p.author_id
              WHERE p.status = 'published' ORDER BY p.created_at DESC, p.id DESC LIMIT $1`, [limit + 1]),
  ]);
  const hasMore = page.rows.length > limit;
  const items = page.rows.slice(0, limit);
  res.json({
    items,
    next_cursor: hasMore ? cursorOf(items[items.length - 1]) : null,
    has_more: hasMore,
    total: count.rows[0].total,
  });
});

// Express 5's paths take no regular expressions: an id that is not an integer is a post that does not exist.
router.param('id', (req, res, next, id) => (/^\d{1,9}$/.test(id) ? next() : notFound(res)));

router.get('/:id', async (req, res) => {
  const { rows } = await db.query(
    `SELECT ${postColumns} FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = $1 AND p.status = 'published'`,
    [Number(req.params.id)]);
  if (rows.length === 0) return notFound(res);
  res.json(rows[0]);
});

function commentError(content) {
  if (content === undefined || content === null) return 'This field is required.';
  if (typeof content !== 'string') return 'Must be a string.';
  if (content.length === 0) return 'Must not be empty.';
  if (content.length > commentMax) return `Must be at most ${commentMax} characters.`;
  if (content.trim().length === 0) return 'Must not be blank.';
  if (content.includes('\0')) return 'Must not contain the NUL character.';
  return null;
}

router.post('/:id/comments', requireUser, async (req, res) => {
  const error = commentError(req.body?.content);
  if (error) return res.status(422).json({ detail: 'One or more fields are invalid.', errors: { content: [error] } });
  const postId = Number(req.params.id);
  // Inserted only under a post the caller may see (published, or their own).
  const { rows } = await db.query(
    `INSERT INTO comments (post_id, author_id, content, created_at)
     SELECT p.id, $2, $3, now() FROM posts p WHERE p.id = $1 AND (p.status = 'published' OR p.author_id = $2)
     RETURNING id, post_id, content, ${utc('created_at')} AS created_at`,
    [postId, req.user.id, req.body.content]);
  if (rows.length === 0) return notFound(res);
  const [comment] = rows;
  res.status(201).location(`/posts/${postId}/comments/${comment.id}`).json({
    id: comment.id, post_id: comment.post_id, content: comment.content,
    author: { id: req.user.id, username: req.user.username }, created_at: comment.created_at,
  });
});

module.exports = router;
