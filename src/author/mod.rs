//! Authoring tools: what helps a person write the facts file (turning a saved page into a
//! source, editing facts.yaml in place). The checker never uses them.

pub mod edit;
pub mod page;
pub mod save;
pub mod slug;
