//! `add-source` and `suggest` on the kinds of page that are not one article written at one
//! time by one voice: a live blog, a page updated after it was published, an interview in
//! questions and answers, British quotation marks, a press release. The real binary; each
//! draft `suggest` prints is pasted under `facts:` and must pass `check` as it is.

mod common;
use common::{Project, page_project as project};

/// Adds `page` as the source `id`; gives what `add-source` printed.
fn added(p: &Project, page: &str, id: &str) -> String {
    let out = p.run(&["add-source", page, "--id", id]);
    assert_eq!(out.code, Some(0), "{}{}", out.stdout, out.stderr);
    out.stdout
}

/// `suggest`'s drafts of the source, each verified and pasted under `facts:`: `check` finds
/// nothing in them, neither error nor warning.
fn drafted(p: &Project, id: &str) -> String {
    let out = p.run(&["suggest", id]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let facts = std::fs::read_to_string(p.file("facts.yaml")).unwrap();
    let verified = out
        .stdout
        .replace("    sources:\n", "    verified_by: me\n    sources:\n");
    std::fs::write(p.file("facts.yaml"), format!("{facts}{verified}")).unwrap();
    let r = p.check();
    let found: Vec<_> = (r.hits().into_iter())
        .filter(|h| h.rule != "single-source")
        .collect();
    assert!(found.is_empty(), "{found:#?}\n{}", out.stdout);
    out.stdout
}

/// The draft of `suggest`'s output whose statement starts with `start`.
fn draft<'d>(drafts: &'d str, start: &str) -> &'d str {
    let at = drafts
        .find(&format!("statement: \"{start}"))
        .unwrap_or_else(|| {
            panic!("no draft of {start:?}:\n{drafts}");
        });
    let end = drafts[at..].find("\n  # ").map_or(drafts.len(), |e| at + e);
    &drafts[at..end]
}

#[test]
fn a_live_blog_entrys_friday_is_counted_from_the_day_of_that_entry() {
    let p = project("liveblog.html");
    let said = added(&p, "liveblog.html", "storm");
    assert!(
        said.contains(
            "a live blog of 4 entries, each stamped with its day (<time datetime>): \"18:40\" = \
             2023-11-03, \"09:12\" = 2023-11-03"
        ),
        "{said}"
    );
    let drafts = drafted(&p, "storm");
    // Posted on Friday 3 November: that Friday, not the one a week before the blog began.
    let power = draft(&drafts, "More than 1.2 million homes");
    assert!(
        power.contains(
            "date: 2023-11-03  # \"on Friday morning\", counted from 2023-11-03, the day of its \
             live blog entry"
        ),
        "{power}"
    );
    assert!(power.contains("- rule: date-mismatch"), "{power}");
    // An entry of the blog's first day counts from that day, as check does: nothing to allow.
    let gusts = draft(&drafts, "Wind gusts of 207");
    assert!(gusts.contains("date: 2023-11-02"), "{gusts}");
    assert!(!gusts.contains("allow:"), "{gusts}");
}

#[test]
fn a_page_updated_after_it_was_published_says_so_and_its_drafts_name_both_readings() {
    let p = project("updated.html");
    let said = added(&p, "updated.html", "ferry");
    assert!(
        said.contains("the page was updated on 2024-06-05, after its publication on 2024-06-03"),
        "{said}"
    );
    let drafts = drafted(&p, "ferry");
    let ended = draft(&drafts, "The strike by ferry crews");
    assert!(
        ended.contains(
            "date: 2024-05-29  # \"on Wednesday\", counted from 2024-06-03 (published); counted \
             from the page's update of 2024-06-05 it is 2024-06-05"
        ),
        "{ended}"
    );
    // Published, as the flag says, after the page's update: no update to count from.
    let later = project("updated.html");
    let out = later.run(&[
        "add-source",
        "updated.html",
        "--id",
        "ferry",
        "--published",
        "2024-06-06",
    ]);
    assert!(!out.stdout.contains("was updated"), "{}", out.stdout);
    let drafts_later = later.run(&["suggest", "ferry"]).stdout;
    assert!(!drafts_later.contains("update of"), "{drafts_later}");
    // "On Monday" is 3 June counted from either day: nothing more to say.
    let cancelled = draft(&drafts, "About 3,400 passengers");
    assert!(cancelled.contains("date: 2024-06-03  # \"on Monday\", counted from 2024-06-03\n"));
}

#[test]
fn an_interviews_answers_are_drafted_as_the_interviewees_without_their_labels() {
    let p = project("interview.html");
    added(&p, "interview.html", "nurses");
    let drafts = drafted(&p, "nurses");
    // "A:" is the one named speaker's answer; "Amina Yusuf:" is a speaker's label.
    let beds = draft(&drafts, "Right now 45 beds are closed");
    assert!(beds.contains("claimed_by: \"Amina Yusuf\""), "{beds}");
    assert!(beds.contains("quote: \"Right now 45 beds"), "{beds}");
    let left = draft(&drafts, "About 120 nurses left last year");
    assert!(left.contains("claimed_by: \"Amina Yusuf\""), "{left}");
    assert!(left.contains("quote: \"About 120 nurses"), "{left}");
    assert!(
        !drafts.contains("\"A: ") && !drafts.contains("\"Amina Yusuf: "),
        "{drafts}"
    );
    // The interviewer's question is no fact; what "300 more nurses" counts is said.
    assert!(!drafts.contains("How many nurses have left"), "{drafts}");
    let more = draft(&drafts, "It pays for 80 new posts");
    assert!(more.contains("label: \"more nurses\""), "{more}");
}

#[test]
fn speech_that_goes_on_in_single_quotation_marks_is_drafted_as_its_speakers() {
    let p = project("british.html");
    added(&p, "british.html", "fares");
    let drafts = drafted(&p, "fares");
    // "'We have capped it,' he added." is Mark Harper's, he being the Transport Secretary of
    // the sentence before; the speech that goes on after it is his too.
    let capped = draft(&drafts, "'We have capped it,' he added.");
    assert!(capped.contains("claimed_by: \"Mark Harper\""), "{capped}");
    let pay = draft(&drafts, "'Passengers will pay £150");
    assert!(pay.contains("claimed_by: \"Mark Harper\""), "{pay}");
    assert!(
        drafts.contains("speaker: Mark Harper, whose speech goes on"),
        "{drafts}"
    );
}

#[test]
fn a_press_releases_notes_to_editors_about_and_contacts_are_left_out_and_said() {
    let p = project("press-release.html");
    let out = p.run(&[
        "add-source",
        "press-release.html",
        "--id",
        "food",
        "--publisher",
        "FeedAll",
    ]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("left out the press release's end matter, from \"ENDS\" on (7 paragraphs)"),
        "{}",
        out.stderr
    );
    let text = std::fs::read_to_string(p.file("sources/food.txt")).unwrap();
    assert!(
        text.ends_with("said Chief Executive Sarah Miles.\n"),
        "{text}"
    );
    let drafts = drafted(&p, "food");
    for sender in ["2,500 volunteers", "1098765", "020 7946", "founded in 2004"] {
        assert!(!drafts.contains(sender), "{drafts}");
    }
}

#[test]
fn a_live_blog_entrys_stamp_is_left_out_of_the_draft_that_its_day_dates() {
    let p = project("rt14-liveblog.html");
    added(&p, "rt14-liveblog.html", "vote");
    let drafts = drafted(&p, "vote");
    // The stamp ("09:12 ") is the blog's time of posting, not the commission's claim.
    assert!(!drafts.contains("statement: \"09:12"), "{drafts}");
    assert!(!drafts.contains("quote: \"23:55"), "{drafts}");
    let turnout = draft(&drafts, "Turnout in the northern region was 61.4%");
    assert!(
        turnout.contains("date: 2024-11-10  # \"on Sunday morning\", counted from 2024-11-10"),
        "{turnout}"
    );
    assert!(
        turnout.contains("quote: \"Turnout in the northern"),
        "{turnout}"
    );
    draft(&drafts, "Counting has been suspended in Westmoor");
}

#[test]
fn an_interview_credited_interview_by_names_its_writer_and_its_answers_their_part() {
    let p = project("rt14-interview.html");
    let said = added(&p, "rt14-interview.html", "water");
    // "Interview by Daniel Ortiz": the writer, not the word "Interview".
    assert!(
        said.contains("author      Daniel Ortiz (from the page)"),
        "{said}"
    );
    let drafts = drafted(&p, "water");
    // "Two of the three large plants": the two that are not working, not the three.
    let plants = draft(&drafts, "Two of the three large plants");
    assert!(plants.contains("value: 2  # \"Two\""), "{plants}");
    assert!(plants.contains("claimed_by: \"Mazen Ghunaim\""), "{plants}");
}

#[test]
fn a_byline_that_says_how_long_ago_it_was_updated_leaves_the_text_and_names_the_author() {
    let p = project("rt14-time-ago.html");
    let said = added(&p, "rt14-time-ago.html", "heat");
    // "By Carmen Ruiz · Updated 2 hours ago": the date is only in <time datetime>.
    assert!(
        said.contains("author      Carmen Ruiz (from the page)"),
        "{said}"
    );
    assert!(
        said.contains("published   2024-07-25 (from the page)"),
        "{said}"
    );
    let text = std::fs::read_to_string(p.file("sources/heat.txt")).unwrap();
    assert!(!text.contains("hours ago"), "{text}");
    let drafts = drafted(&p, "heat");
    assert!(!drafts.contains("Updated 2 hours ago"), "{drafts}");
    let record = draft(
        &drafts,
        "A weather station in Córdoba recorded 47.2C on Wednesday",
    );
    assert!(record.contains("date: 2024-07-24"), "{record}");
}

#[test]
fn a_live_blog_entry_naming_no_day_is_dated_by_its_stamp_and_passes_check() {
    let p = project("rt14-liveblog.html");
    added(&p, "rt14-liveblog.html", "vote");
    let drafts = drafted(&p, "vote");
    let counting = draft(&drafts, "Counting has been suspended in Westmoor");
    assert!(
        counting.contains("date: 2024-11-09  # the day of its live blog entry \"23:55\""),
        "{counting}"
    );
    // Posted after midnight, the day after the page's publication: the stamp is the day.
    let conceded = draft(&drafts, "The Liberal candidate in Eastfield");
    assert!(
        conceded.contains("date: 2024-11-10  # the day of its live blog entry \"02:40\""),
        "{conceded}"
    );
    assert!(conceded.contains("- rule: date-unsupported"), "{conceded}");
}
