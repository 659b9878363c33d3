"""The German language pack: TOML tables plus small hook modules for German grammar."""
