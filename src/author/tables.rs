//! A table of data written so that each figure keeps its column's header: the row
//! "Tawila | 42,000 | 7,350 | 21" under "Locality | People affected | Homes destroyed | Deaths"
//! is "Tawila: People affected 42,000; Homes destroyed 7,350; Deaths 21", not "Tawila 42,000
//! 7,350 21", whose numbers say nothing of what they count. A table that lays the page out
//! (cells that hold blocks, `role="presentation"`), that has no header row, whose cells span
//! rows or columns, or whose cells hold no figure is left as it is.

use dom_query::{Document, NodeRef, Selection};

/// Elements in a cell that make its table one of layout, not of data.
const LAYOUT_INSIDE: &str = "table, p, div, br, ul, ol, h1, h2, h3, h4, h5, h6, blockquote";

/// Labels each figure of each data table of `document` with its column's header (see the
/// module's comment), in place.
pub fn label_cells(document: &Document) {
    for table in document.select("table").nodes() {
        let Some((headers, rows)) = data_table(table) else {
            continue;
        };
        for row in rows {
            let cells = cells(&row);
            if cells.len() == headers.len() {
                label_row(&cells, &headers);
            }
        }
    }
}

/// The headers and the body rows of `table` when it is a table of data.
fn data_table<'a>(table: &NodeRef<'a>) -> Option<(Vec<String>, Vec<NodeRef<'a>>)> {
    let whole = Selection::from(*table);
    let presentation = table
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("presentation") || r.eq_ignore_ascii_case("none"));
    let spans = whole
        .select("[colspan], [rowspan]")
        .nodes()
        .iter()
        .any(|cell| {
            ["colspan", "rowspan"]
                .iter()
                .any(|a| cell.attr(a).is_some_and(|v| v.trim() != "1"))
        });
    if presentation || spans || whole.select(LAYOUT_INSIDE).exists() {
        return None;
    }
    let rows: Vec<NodeRef<'a>> = whole.select("tr").nodes().to_vec();
    let header = rows.first()?;
    let header_cells = cells(header);
    let all_th = header_cells.iter().all(|c| name(c) == "th");
    if header_cells.len() < 2 || !all_th {
        return None;
    }
    let headers: Vec<String> = header_cells.iter().map(text_of).collect();
    let body: Vec<NodeRef<'a>> = rows[1..].to_vec();
    let figures =
        (body.iter().flat_map(cells)).any(|c| text_of(&c).contains(|ch: char| ch.is_ascii_digit()));
    figures.then_some((headers, body))
}

/// Writes the row's label (its first cell, when it has a letter) followed by a colon, and each
/// other figure after its header, with semicolons between.
fn label_row(cells: &[NodeRef], headers: &[String]) {
    let filled: Vec<usize> = (0..cells.len())
        .filter(|&i| !text_of(&cells[i]).is_empty())
        .collect();
    let labelled = filled.first() == Some(&0) && text_of(&cells[0]).contains(char::is_alphabetic);
    for (n, &i) in filled.iter().enumerate() {
        let last = n + 1 == filled.len();
        if labelled && i == 0 {
            if !last {
                cells[i].append_html(":");
            }
            continue;
        }
        if !headers[i].is_empty() {
            cells[i].prepend_html(format!("{} ", escape(&headers[i])));
        }
        if !last {
            cells[i].append_html(";");
        }
    }
}

/// The row's cells, in order.
fn cells<'a>(row: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    (row.children().into_iter())
        .filter(|c| matches!(name(c).as_str(), "td" | "th"))
        .collect()
}

fn name(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// A cell's words, white space folded.
fn text_of(cell: &NodeRef) -> String {
    cell.text().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    fn text(html: &str) -> String {
        super::super::blocks::text(html)
    }

    #[test]
    fn each_figure_of_a_data_table_keeps_its_columns_header() {
        let table = "<table><thead><tr><th>Locality</th><th>People affected</th><th>Deaths</th>\
                     </tr></thead><tbody><tr><td>Tawila</td><td>42,000</td><td>21</td></tr>\
                     <tr><td><b>Total</b></td><td>118,000</td><td></td></tr></tbody></table>";
        assert_eq!(
            text(table),
            "Locality People affected Deaths\nTawila: People affected 42,000; Deaths 21\n\
             Total: People affected 118,000"
        );
    }

    #[test]
    fn a_layout_table_or_one_without_headers_or_figures_is_left_as_it_is() {
        for table in [
            "<table><tr><td>Tawila</td><td>42,000</td></tr></table>",
            "<table role=\"presentation\"><tr><th>A</th><th>B</th></tr><tr><td>x</td>\
             <td>1</td></tr></table>",
            "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ann</td><td>Chair</td></tr>\
             </table>",
            "<table><tr><th>A</th><th>B</th></tr><tr><td colspan=\"2\">9 and 10</td></tr>\
             </table>",
        ] {
            assert!(!text(table).contains(':'), "{}", text(table));
        }
    }
}
