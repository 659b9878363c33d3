"""The English language pack: TOML tables plus small hook modules for English grammar."""
