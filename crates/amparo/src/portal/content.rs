//! The portal's pages, as data: each page is a title and sections of messages, so every
//! language renders the same structure and a missing translation shows where it is.

/// How a section's messages are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Paragraphs,
    List,
}

pub struct Section {
    /// Heading message, if the section has one.
    pub heading: Option<&'static str>,
    pub layout: Layout,
    pub items: &'static [&'static str],
}

pub struct PageDef {
    /// The path after the language prefix ("" for the language's home page).
    pub slug: &'static str,
    pub title: &'static str,
    pub sections: &'static [Section],
    /// Show the emergency contacts (with telephone links) after the sections.
    pub contacts: bool,
}

const fn paragraphs(items: &'static [&'static str]) -> Section {
    Section {
        heading: None,
        layout: Layout::Paragraphs,
        items,
    }
}

const fn list(heading: Option<&'static str>, items: &'static [&'static str]) -> Section {
    Section {
        heading,
        layout: Layout::List,
        items,
    }
}

pub const PAGES: &[PageDef] = &[
    PageDef {
        slug: "",
        title: "pt-home-title",
        sections: &[paragraphs(&[
            "pt-home-intro",
            "pt-home-emergency",
            "pt-home-hotline",
            "pt-home-city",
        ])],
        contacts: false,
    },
    PageDef {
        slug: "what-to-do",
        title: "pt-door-title",
        sections: &[
            list(
                Some("pt-door-home-h"),
                &[
                    "pt-door-home-1",
                    "pt-door-home-2",
                    "pt-door-home-3",
                    "pt-door-home-4",
                    "pt-door-home-5",
                ],
            ),
            list(
                Some("pt-door-work-h"),
                &["pt-door-work-1", "pt-door-work-2", "pt-door-work-3"],
            ),
            list(
                Some("pt-door-city-h"),
                &["pt-door-city-1", "pt-door-city-2", "pt-door-city-3"],
            ),
        ],
        contacts: true,
    },
    PageDef {
        slug: "rights",
        title: "pt-rights-title",
        sections: &[list(
            None,
            &[
                "pt-rights-1",
                "pt-rights-2",
                "pt-rights-3",
                "pt-rights-4",
                "pt-rights-5",
                "pt-rights-6",
                "pt-rights-7",
            ],
        )],
        contacts: true,
    },
    PageDef {
        slug: "contacts",
        title: "pt-contacts-title",
        sections: &[paragraphs(&["pt-home-emergency"])],
        contacts: true,
    },
    PageDef {
        slug: "family",
        title: "pt-family-title",
        sections: &[list(
            None,
            &[
                "pt-family-1",
                "pt-family-2",
                "pt-family-3",
                "pt-family-4",
                "pt-family-5",
            ],
        )],
        contacts: false,
    },
    PageDef {
        slug: "services",
        title: "pt-services-title",
        sections: &[paragraphs(&[
            "pt-services-1",
            "pt-services-2",
            "pt-services-3",
        ])],
        contacts: true,
    },
    PageDef {
        slug: "workers",
        title: "pt-workers-title",
        sections: &[
            list(
                Some("pt-workers-h"),
                &["pt-workers-1", "pt-workers-2", "pt-workers-3"],
            ),
            list(
                Some("pt-contractors-h"),
                &["pt-contractors-1", "pt-contractors-2", "pt-contractors-3"],
            ),
        ],
        contacts: false,
    },
    PageDef {
        slug: "card",
        title: "pt-card-title",
        sections: &[
            paragraphs(&["pt-card-intro"]),
            list(
                None,
                &["pt-rights-1", "pt-rights-2", "pt-rights-3", "pt-rights-4"],
            ),
            paragraphs(&["pt-card-show", "pt-card-statement"]),
        ],
        contacts: true,
    },
    PageDef {
        slug: "city-employees",
        title: "pt-employees-title",
        sections: &[list(
            None,
            &[
                "pt-employees-1",
                "pt-employees-2",
                "pt-employees-3",
                "pt-employees-4",
                "pt-employees-5",
                "pt-employees-6",
            ],
        )],
        contacts: false,
    },
];

/// Emergency contacts: (number as dialled, number as shown, description message).
pub const CONTACTS: &[(&str, &str, &str)] = &[
    ("911", "911", "pt-contact-emergency"),
    ("+18886244752", "888-624-4752", "pt-contact-hotline"),
    ("311", "311", "pt-contact-311"),
];

pub fn page(slug: &str) -> Option<&'static PageDef> {
    PAGES.iter().find(|p| p.slug == slug)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_message_a_page_names_exists_in_english() {
        let en = super::super::lang::PublicLang::En;
        for p in super::PAGES {
            let mut ids = vec![p.title];
            for s in p.sections {
                ids.extend(s.heading);
                ids.extend(s.items.iter().copied());
            }
            ids.extend(super::CONTACTS.iter().map(|c| c.2));
            for id in ids {
                assert_ne!(super::super::lang::msg(en, id).text, id, "{id}");
            }
        }
    }
}
