"""Boilerplate cleaner: raw scraped article text → clean text, with every removal traced.

`clean_article` is pure Python (no Dagster). Decisions are layered (see `cleaner.py`): phrase
rules per category (`rules.py`), the pipeline's `frequent_lines`, structural cues
(`structure.py`), inline tags (`inline.py`), a learned line classifier for the lines no rule
decided (`learned.py`, trained by `train.py`), then broken sentences re-joined (`rejoin.py`).

Reasons ("<category>.<rule>"):
- related: teaser_marker, teaser_headline, list_heading, list_item, list_end
- ad: placeholder, sponsored, call_to_action, job · embed: gambas, video, social, infographic, infographic_item
- pagination: page_nav
- promo: google_news, social_follow, breaking_news, broadcast, more_news, app, subscribe, paywall, tipline,
  donation, url
- site: lone_site_name, section_label, rubric, masthead, copyright · title: duplicate
- credit: photo, editor, author, byline, head_name, affiliation, source, code, author_bio, signature, republished,
  guests_heading, guest_item, references_heading, reference
- caption: photo_credit, credit_line, above_photo_credit, above_dateline, credit_code
- other: repeated_line, after_signoff, after_body, editor_note, editor_note_heading, disclosure, separator, signoff_block,
  letter_number, email, url, tags, tags_heading, tag_item, contact_heading, contact_item, about,
  share_button, reading_time, timestamp, breadcrumb, form_field, cookie_notice, comments_heading,
  comment, poll_heading, poll_item, navigation, transcript_label, toc_heading, toc_item, review_score,
  summary_heading, summary_item
- any category: learned (the learned layer, with the category of the removed line next to it,
  else other)

`source` is casefolded with whitespace folded and a leading "www." dropped
("BLORA.SUARAMERDEKA.COM" → "blora.suaramerdeka.com", "ANTARA" → "antara"); it comes from the
prefix tag, else from the first removed site/promo/credit line naming a domain. `dateline` is
the place upper-cased ("Jakarta" → "JAKARTA"), from the prefix tag, else from a removed date
line ("Jakarta ● Tue, February 11, 2025").
"""

from pipeline.clean.cleaner import clean_article
from pipeline.clean.model import CleanedArticle, InlineTag, RemovedLine
from pipeline.clean.unicode import line_key

__all__ = ["CleanedArticle", "InlineTag", "RemovedLine", "clean_article", "line_key"]
