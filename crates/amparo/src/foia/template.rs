//! The request ED 12 orders, pre-filled so MOIA starts from the directive's own list.

use crate::web::form::FormData;

pub const AGENCY: &str = "U.S. Department of Homeland Security";
pub const COMPONENT: &str =
    "U.S. Immigration and Customs Enforcement, Freedom of Information Act Office";
pub const SUBJECT: &str =
    "Immigration enforcement operations in the Los Angeles Area of Responsibility";
pub const DATE_FROM: &str = "2025-06-01";
pub const DELIVERY: &str =
    "Electronic, machine-readable format (CSV or XLSX) with a data dictionary; letters by email";
pub const REQUESTER: &str = "Mayor's Office of Immigrant Affairs, City of Los Angeles\n200 N. Spring Street, Los Angeles, CA 90012";

/// The records sought: what Executive Directive No. 12 names, item by item.
pub fn records_sought(from: &str) -> String {
    format!(
        "Records of arrests, apprehensions and detentions made by ICE in the Los Angeles Area \
of Responsibility (including Los Angeles County) from {from} to the date of the search, \
including for each event:\n\
1. the date and time of the arrest or apprehension;\n\
2. the location: state, county, Area of Responsibility, apprehension site or landmark, and \
whether it occurred on or near property owned or operated by the City of Los Angeles;\n\
3. the reason for the arrest: criminality category, charges or charge group, program and \
case status;\n\
4. the apprehension method (custodial, at-large or non-custodial, other);\n\
5. the use of agent identification during the operation: whether agents displayed badges, \
names or agency insignia, and whether they wore face coverings, and the policies governing \
both;\n\
6. the whereabouts of each person detained: every detention facility and the dates of \
book-in, transfer and release or removal;\n\
7. the cost of the operations: personnel, overtime, equipment, vehicles, aircraft and \
contracts, including support from other federal agencies.\n\
We ask for the records in an electronic, machine-readable format (CSV or XLSX) with a data \
dictionary, with anonymised identifiers in place of names and A-numbers."
    )
}

pub const FEE_WAIVER: &str = "Disclosure is in the public interest: the records will be \
analysed and published by the City of Los Angeles to inform residents and the public about \
federal enforcement operations in the city, and the City has no commercial interest in them \
(5 U.S.C. 552(a)(4)(A)(iii); 6 CFR 5.11(k)).";

pub const EXPEDITE: &str = "There is an urgency to inform the public about actual or alleged \
federal government activity (5 U.S.C. 552(a)(6)(E)(v)(II); 6 CFR 5.5(e)(1)(ii)): enforcement \
operations in Los Angeles are ongoing and are a matter of widespread public concern.";

/// The new-request form, filled from the directive.
pub fn defaults() -> FormData {
    let mut f = FormData::default();
    f.set("subject", SUBJECT);
    f.set("agency", AGENCY);
    f.set("component", COMPONENT);
    f.set("records_sought", records_sought(DATE_FROM));
    f.set("date_from", DATE_FROM);
    f.set("fee_category", "other");
    f.set("fee_waiver", FEE_WAIVER);
    f.set("expedite", EXPEDITE);
    f.set("delivery_format", DELIVERY);
    f.set("requester", REQUESTER);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_a_valid_request_naming_every_item_of_the_directive() {
        let r = crate::foia::model::RequestInput::from_form(&defaults());
        let r = r.unwrap_or_else(|p| panic!("{p:?}"));
        for item in [
            "date",
            "location",
            "reason",
            "method",
            "identification",
            "whereabouts",
            "cost",
        ] {
            assert!(r.records_sought.contains(item), "{item}");
        }
    }
}
