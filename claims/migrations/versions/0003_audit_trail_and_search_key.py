"""audit trail and accent-free search key

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 21:10:00.000000

Existing data is kept: every stored review becomes the first event of its sentence's trail
(who and when as stored, from "not reviewed" to its status), and every stored article gets its
search key.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

from claims.models import article_search_key

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

BACKFILL_NOTE = "đánh giá có từ trước khi có nhật ký"


def upgrade() -> None:
    op.create_table('auditevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('article_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('article_title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sentence_idx', sa.Integer(), nullable=True),
    sa.Column('old_status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('detail', sa.Text(), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.create_index('ix_auditevent_article_sentence', ['article_hash', 'sentence_idx'], unique=False)
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_key', sa.Text(), server_default='', nullable=False))

    conn = op.get_bind()
    article = sa.table('article', sa.column('id', sa.Integer), sa.column('title', sa.String),
                       sa.column('input_name', sa.String), sa.column('text', sa.Text), sa.column('search_key', sa.Text),
                       sa.column('content_hash', sa.String))
    rows = conn.execute(sa.select(article.c.id, article.c.title, article.c.input_name, article.c.text)).all()
    for row in rows:
        conn.execute(article.update().where(article.c.id == row.id)
                     .values(search_key=article_search_key(row.title, row.input_name, row.text)))

    review = sa.table('review', sa.column('article_id', sa.Integer), sa.column('sentence_idx', sa.Integer),
                      sa.column('status', sa.String), sa.column('note', sa.String), sa.column('reviewer', sa.String),
                      sa.column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime()))
    event = sa.table('auditevent', sa.column('at', sqlmodel.sql.sqltypes.UTCDateTime()), sa.column('actor', sa.String),
                     sa.column('action', sa.String), sa.column('article_hash', sa.String),
                     sa.column('article_title', sa.String), sa.column('sentence_idx', sa.Integer),
                     sa.column('old_status', sa.String), sa.column('new_status', sa.String),
                     sa.column('note', sa.Text), sa.column('detail', sa.Text))
    old = conn.execute(sa.select(review.c.sentence_idx, review.c.status, review.c.note, review.c.reviewer,
                                 review.c.updated_at, article.c.content_hash, article.c.title, article.c.input_name)
                       .select_from(review.join(article, article.c.id == review.c.article_id))
                       .order_by(review.c.updated_at)).all()
    if old:
        op.bulk_insert(event, [
            {"at": r.updated_at, "actor": r.reviewer or "", "action": "review", "article_hash": r.content_hash,
             "article_title": r.title or r.input_name or "", "sentence_idx": r.sentence_idx, "old_status": "",
             "new_status": r.status, "note": r.note or "", "detail": BACKFILL_NOTE} for r in old])


def downgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_column('search_key')
    with op.batch_alter_table('auditevent', schema=None) as batch_op:
        batch_op.drop_index('ix_auditevent_article_sentence')
    op.drop_table('auditevent')
