//! Helping to write the facts file; the checker never uses it. `page` makes a saved web page or a
//! text file into a source's text (`decode` reads its bytes as text, `blocks` the article's HTML as
//! paragraphs, `tables` a data table's figures with their headers, `meta` what the page says of
//! itself beyond what Readability finds, `byline` who wrote it, `days` the days its markup gives
//! to words such as "Monday", `markup` a feed's item or a Markdown file as a page, `posts` a
//! Telegram export or an X thread as its posts), `edit` changes facts.yaml in place
//! (`add-source`, `pin`) and `save` writes it; `quote` finds the words to quote, `suggest`
//! drafts facts from a source's sentences (written out by `draft`), and `located` carries a
//! stretch of the normalised text back to the file's own characters, line and column.

mod blocks;
mod byline;
pub mod days;
mod decode;
pub mod draft;
pub mod edit;
mod furniture;
pub mod located;
mod mail;
mod markup;
mod meta;
mod notes;
pub mod page;
mod posts;
pub mod quote;
pub mod save;
pub mod slug;
mod speakers;
pub mod suggest;
mod tables;
mod tags;
mod words;
