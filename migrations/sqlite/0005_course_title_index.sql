-- The library lists courses by title a page at a time (the TUI's first frame needs only the
-- first page); this index lets SQLite read a page in title order without sorting every course.
CREATE INDEX content_pieces_title ON content_pieces(title COLLATE NOCASE, piece_slug);
