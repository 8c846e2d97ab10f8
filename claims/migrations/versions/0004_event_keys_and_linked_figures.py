"""event keys and the figures a conflict links

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:00:00.000000

Adds the `eventkey` table (what each article's headline and lead name, for matching a new article
with stored reports of the same event) and the `figure` / `other_figure` columns of `conflict`
(the figures an update or a correction links). Existing data is kept: every stored article gets
its event keys from its stored headline and first sentences; stored conflicts link no figure.
"""
import json

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('eventkey',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('eventkey', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eventkey_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_eventkey_key_article', ['key', 'article_id'], unique=False)
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.add_column(sa.Column('figure', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('other_figure', sa.Text(), server_default='', nullable=False))

    from claims.conflicts.events import LEAD_SENTENCES, event_keys, signature
    from claims.errors import ClaimsError
    from claims.numbers import Figure

    conn = op.get_bind()
    article = sa.table('article', sa.column('id', sa.Integer), sa.column('title', sa.String),
                       sa.column('language', sa.String))
    sentence = sa.table('sentence', sa.column('article_id', sa.Integer), sa.column('idx', sa.Integer),
                        sa.column('text', sa.Text), sa.column('numbers', sa.Text))
    eventkey = sa.table('eventkey', sa.column('key', sa.String), sa.column('article_id', sa.Integer))
    for art in conn.execute(sa.select(article.c.id, article.c.title, article.c.language)).all():
        rows = conn.execute(sa.select(sentence.c.text, sentence.c.numbers).where(sentence.c.article_id == art.id)
                            .order_by(sentence.c.idx).limit(LEAD_SENTENCES)).all()
        lead = []
        for row in rows:
            try:
                figs = tuple(Figure(**d) for d in json.loads(row.numbers or "[]"))
            except (TypeError, ValueError):
                figs = None
            lead.append((row.text, figs))
        try:
            keys = event_keys(signature(art.title, lead, art.language or "vi"))
        except ClaimsError:  # a language this version has no tables for: the article is matched by claims only
            keys = set()
        if keys:
            op.bulk_insert(eventkey, [{"key": k, "article_id": art.id} for k in sorted(keys)])


def downgrade() -> None:
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_column('other_figure')
        batch_op.drop_column('figure')
    with op.batch_alter_table('eventkey', schema=None) as batch_op:
        batch_op.drop_index('ix_eventkey_key_article')
        batch_op.drop_index(batch_op.f('ix_eventkey_article_id'))
    op.drop_table('eventkey')
