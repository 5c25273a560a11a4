"""Entity probes: invented passages in the forms committee papers print, each with every entity
a reader would list from it (``LABEL:name as printed``; an acronym a passage defines is listed
under its expansion, as the gold sets do). Every name is invented; none is from a document of the
repo or its gold sets. Labels follow ``eval/README.md``: ORG a body (councils, agencies,
companies, charities), COMMITTEE a council's committee, board, panel or team, PROGRAMME a named
programme, plan, fund or scheme, ROLE a post, PERSON a person, ACRONYM an abbreviation naming
neither a body nor a programme, GPE a place.

``council`` is the council a passage read as a whole document is by (its metadata), where it
says so. ``ignore`` lists entities a reader might or might not list (neither counted as found nor as
extra). Read by ``bench/entity_probes.py``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Probe:
    form: str
    name: str
    text: str
    expect: tuple[str, ...]
    ignore: tuple[str, ...] = field(default=())
    council: str | None = None  # the council the passage, as a document of its own, is by


P = Probe

ATTENDANCE = [
    P("attendance", "present-inline",
      "Notes of a gathering of the Cabinet of Wyvern District Council, Thursday 4 March 2026\n"
      "Present: Councillor Ysabeau Tregarthen (Chair), Councillor Anil Vasquez-Orme, Councillor Bethan Quillfeather "
      "and Councillor Oskar Lindqvist-Marr.\n"
      "Apologies: Councillor Temperance Oyelaran.\n",
      ("ORG:Wyvern District Council", "COMMITTEE:Cabinet", "PERSON:Ysabeau Tregarthen", "PERSON:Anil Vasquez-Orme",
       "PERSON:Bethan Quillfeather", "PERSON:Oskar Lindqvist-Marr", "PERSON:Temperance Oyelaran"),
      ("ROLE:Chair",), "Wyvern District Council"),
    P("attendance", "present-lines",
      "ORLWICK BOROUGH COUNCIL\nLICENSING SUB-COMMITTEE\n12 February 2026\n"
      "Members present:\nCllr Hamish Trevennick (Chair)\nCllr Priya Okonkwo-Salt\nCllr Edwin Farthingale\n"
      "Officers present:\nMaude Essington - Licensing Manager\nCallum Rudd-Brightwell - Solicitor\n",
      ("ORG:Orlwick Borough Council", "COMMITTEE:Licensing Sub-Committee", "PERSON:Hamish Trevennick",
       "PERSON:Priya Okonkwo-Salt", "PERSON:Edwin Farthingale", "PERSON:Maude Essington",
       "PERSON:Callum Rudd-Brightwell", "ROLE:Licensing Manager", "ROLE:Solicitor"),
      ("ROLE:Chair",), "Orlwick Borough Council"),
    P("attendance", "initials",
      "PRESENT: Councillors J. Pellow (Chairman), R. Nantwhistle, K. Ashdown-Greer, F. Obuya and T. Hallorann\n"
      "ALSO PRESENT: Councillor D. Moorcroft-Vey\n",
      ("PERSON:J. Pellow", "PERSON:R. Nantwhistle", "PERSON:K. Ashdown-Greer", "PERSON:F. Obuya",
       "PERSON:T. Hallorann", "PERSON:D. Moorcroft-Vey"),
      ("ROLE:Chairman",)),
    P("attendance", "in-attendance",
      "In attendance: Gideon Falvey (Director of Place), Ottoline Brisk (Head of Legal and Democratic Services) "
      "and Ravi Sundaralingam (Democratic Services Officer).\n",
      ("PERSON:Gideon Falvey", "ROLE:Director of Place", "PERSON:Ottoline Brisk",
       "ROLE:Head of Legal and Democratic Services", "PERSON:Ravi Sundaralingam", "ROLE:Democratic Services Officer")),
]

ATTENDANCE += [
    P("attendance", "members-wrapped",
      "Agenda\nDate:\tMonday 9 March 2026, 6.30 pm\nMembership:\n\tCouncillors Ysolde Carrow-Lind (Leader), Magnus "
      "Treharne\n\t(Deputy Leader), Idris Pemberton-Oake, Cosima Halloran and\n\tLeopold Ashwin-Grey\n"
      "Contact:\tNerys Vellacott, Democratic Services Officer\n",
      ("PERSON:Ysolde Carrow-Lind", "PERSON:Magnus Treharne", "PERSON:Idris Pemberton-Oake", "PERSON:Cosima Halloran",
       "PERSON:Leopold Ashwin-Grey", "PERSON:Nerys Vellacott", "ROLE:Democratic Services Officer", "ROLE:Deputy Leader"),
      ("ROLE:Leader",)),
]

POSTS = [
    P("name-post", "bracketed",
      "The report was introduced by Cressida Vane-Tempest (Assistant Director, Housing Solutions), who "
      "explained the proposed changes.\n",
      ("PERSON:Cressida Vane-Tempest", "ROLE:Assistant Director"),
      ("ROLE:Assistant Director, Housing Solutions", "ORG:Housing Solutions", "COMMITTEE:Housing Solutions")),
    P("name-post", "comma-post",
      "Lysander Quaile, Chief Finance Officer, confirmed that the budget was robust. "
      "Wilhelmina Achterberg, Monitoring Officer, advised Members on the declarations.\n",
      ("PERSON:Lysander Quaile", "ROLE:Chief Finance Officer", "PERSON:Wilhelmina Achterberg",
       "ROLE:Monitoring Officer")),
    P("name-post", "post-colon",
      "Report author: Fenella Strickwood\nLead officer: Jovan Petrakis-Hume, Strategic Director of Resources\n",
      ("PERSON:Fenella Strickwood", "PERSON:Jovan Petrakis-Hume", "ROLE:Strategic Director of Resources")),
    P("name-post", "affiliation",
      "The panel heard from Ingrid Marchbanks, Sampleton City Council, and from Tobias Ferrante of the "
      "Brackwater Streams Trust.\n",
      ("PERSON:Ingrid Marchbanks", "ORG:Sampleton City Council", "PERSON:Tobias Ferrante",
       "ORG:Brackwater Streams Trust")),
]

POSTS += [
    P("name-post", "numbered-author",
      "6.1 The figures were checked in February.\n\n6.2 Report author: Ottilie Brackenridge, Housing Business Partner.\n",
      ("PERSON:Ottilie Brackenridge", "ROLE:Housing Business Partner")),
    P("name-post", "labelled-member",
      "Lead officer:\tDirector of Communities\nPortfolio holder:\nCouncillor Tancred Elphinstone, Leader of the Council\n"
      "Wards affected:\tAll\n",
      ("ROLE:Director of Communities", "PERSON:Tancred Elphinstone", "ROLE:Leader of the Council"),
      ("ROLE:Portfolio holder",)),
]

CABINET = [
    P("cabinet-member", "cllr-portfolio",
      "Cllr Ambrose Kettleby, Cabinet Member for Parks and Open Spaces, introduced the item. "
      "Councillor Sunita Rajapakse, Portfolio Holder for Housing, seconded the recommendations.\n",
      ("PERSON:Ambrose Kettleby", "ROLE:Cabinet Member for Parks and Open Spaces",
       "PERSON:Sunita Rajapakse", "ROLE:Portfolio Holder for Housing")),
    P("cabinet-member", "leader",
      "Councillor Marigold Featherstonhaugh (Leader of the Council) thanked officers, and the Deputy Leader, "
      "Councillor Percival Onwuachi, proposed the motion.\n",
      ("PERSON:Marigold Featherstonhaugh", "ROLE:Leader of the Council", "PERSON:Percival Onwuachi",
       "ROLE:Deputy Leader")),
    P("cabinet-member", "table",
      "Portfolio\tCabinet Member\nFinance and Assets\tCllr Gwendolyn Otterburn\nCommunities and Leisure\t"
      "Cllr Barnaby Illingworth-Shaw\nHighways and Transport\tCllr Noor Hassanali\n",
      ("PERSON:Gwendolyn Otterburn", "PERSON:Barnaby Illingworth-Shaw", "PERSON:Noor Hassanali"),
      ("ROLE:Cabinet Member", "ORG:Finance and Assets", "ORG:Communities and Leisure", "ORG:Highways and Transport")),
]

VOTES = [
    P("votes", "recorded-inline",
      "The votes were recorded as follows. For: Councillors Abernethy, Colquhoun-Pratt, Driscoll and Eastwood (4). "
      "Against: Councillors Fairbairn and Gillingham (2). Abstain: Councillor Hethersett (1).\n",
      ("PERSON:Abernethy", "PERSON:Colquhoun-Pratt", "PERSON:Driscoll", "PERSON:Eastwood", "PERSON:Fairbairn",
       "PERSON:Gillingham", "PERSON:Hethersett")),
    P("votes", "recorded-columns",
      "Councillor\tVote\nCouncillor Ingleby\tFor\nCouncillor Jarrow-Bell\tFor\nCouncillor Kilbride\tAgainst\n"
      "Councillor Lusignan\tAbstain\n",
      ("PERSON:Ingleby", "PERSON:Jarrow-Bell", "PERSON:Kilbride", "PERSON:Lusignan")),
    P("votes", "moved-seconded",
      "Councillor Winterbottom proposed, and Councillor Yeardley-Cole seconded, that the recommendations be "
      "approved. The motion was carried.\n",
      ("PERSON:Winterbottom", "PERSON:Yeardley-Cole")),
]

CONTACTS = [
    P("contact", "block",
      "Contact officer: Perpetua Hollingsworth, Strategic Housing Manager\nTel: 01632 960412\n"
      "Email: perpetua.hollingsworth@orlwick.gov.uk\n",
      ("PERSON:Perpetua Hollingsworth", "ROLE:Strategic Housing Manager")),
    P("contact", "table",
      "Report author\tBartholomew Ngata\nJob title\tSenior Planning Officer\nDirectorate\tPlace and Growth\n"
      "Telephone\t01632 960733\n",
      ("PERSON:Bartholomew Ngata", "ROLE:Senior Planning Officer"),
      ("ORG:Place and Growth",)),
    P("contact", "background",
      "Background papers: none.\nFor further information please contact Anwen Prothero-Lisle, "
      "Principal Policy Officer, on 01632 960118.\n",
      ("PERSON:Anwen Prothero-Lisle", "ROLE:Principal Policy Officer")),
]

PARTNERS = [
    P("partners", "list",
      "The council will deliver the scheme with the Orlwick Community Pantry CIC, Tarnside Homes Ltd, "
      "Sampleton Debt Advice and the Wyvern Carers Foundation.\n",
      ("ORG:Orlwick Community Pantry CIC", "ORG:Tarnside Homes Ltd", "ORG:Sampleton Debt Advice",
       "ORG:Wyvern Carers Foundation")),
    P("partners", "firms",
      "The contract was awarded to Harrowgate Civil Engineering Limited following a tender. Legal advice "
      "was provided by Pennock Dunne LLP, and the surveys by Fallowmere Consulting Group.\n",
      ("ORG:Harrowgate Civil Engineering Limited", "ORG:Pennock Dunne LLP", "ORG:Fallowmere Consulting Group")),
    P("partners", "plc-trust",
      "Tarnside Energy plc and the Marrowby Hospitals NHS Foundation Trust have signed the heat network "
      "agreement, alongside the Eastmere Valley Partnership.\n",
      ("ORG:Tarnside Energy plc", "ORG:Marrowby Hospitals NHS Foundation Trust", "ORG:Eastmere Valley Partnership"),
      ("ORG:NHS", "ACRONYM:NHS")),
    P("partners", "bullets",
      "Partners consulted:\n• Brackwater Youth Sport Trust\n• Kellingford Rotary Club\n"
      "• Sampleton Tenants' Federation\n• Orlwick Food Bank\n",
      ("ORG:Brackwater Youth Sport Trust", "ORG:Kellingford Rotary Club", "ORG:Sampleton Tenants' Federation",
       "ORG:Orlwick Food Bank")),
    P("partners", "group-company",
      "Pellingham Leisure Group operates the two pools under a ten-year contract; its subsidiary, "
      "Pellingham Facilities Management Ltd, maintains the buildings.\n",
      ("ORG:Pellingham Leisure Group", "ORG:Pellingham Facilities Management Ltd")),
]

ACRONYM_DEFS = [
    P("acronym-def", "lf-sf",
      "The Wyvern Skills Partnership (WSP) met in May. The WSP agreed its priorities for the year.\n",
      ("ORG:Wyvern Skills Partnership",)),
    P("acronym-def", "sf-lf",
      "The WHIP (Warm Homes Improvement Programme) will retrofit 400 homes. WHIP funding ends in 2027.\n",
      ("PROGRAMME:Warm Homes Improvement Programme",)),
    P("acronym-def", "glossary-dash",
      "Glossary\nRVTA – Rural Valleys Transport Authority\nCLAP – Coastal Land Acquisition Plan\n"
      "The RVTA will consult on the CLAP in the spring.\n",
      ("ORG:Rural Valleys Transport Authority", "PROGRAMME:Coastal Land Acquisition Plan")),
    P("acronym-def", "glossary-table",
      "Abbreviation\tMeaning\nNBQA\tNational Bathing Quality Agency\nSTRP\tSampleton Town Renewal Plan\n"
      "Officers will ask the NBQA to comment on the STRP.\n",
      ("ORG:National Bathing Quality Agency", "PROGRAMME:Sampleton Town Renewal Plan")),
    P("acronym-def", "plural",
      "Twelve Community Safety Plans (CSPs) were agreed. Each of the CSPs names a lead.\n",
      ("ACRONYM:Community Safety Plans",)),
    P("acronym-def", "equals",
      "Key: DFPO = Designated Flood Protection Officer; ODL = Orlwick Deliveries Ltd\n"
      "ODL has appointed a new DFPO.\n",
      ("ROLE:Designated Flood Protection Officer", "ORG:Orlwick Deliveries Ltd")),
    P("acronym-def", "committee",
      "The Wyvern Audit and Risk Committee (WARC) reviewed the register. WARC asked for a further report.\n",
      ("COMMITTEE:Wyvern Audit and Risk Committee",)),
]

MODIFIERS = [
    P("org-modifier", "possessive",
      "Under the Coastal Paths Agency's new guidance, councils must publish a route plan. The agency's "
      "chief executive, Morwenna Tallack, wrote to all authorities.\n",
      ("ORG:Coastal Paths Agency", "PERSON:Morwenna Tallack", "ROLE:chief executive"),
      ("ROLE:chief executive",)),
    P("org-modifier", "undefined-acronym-acts",
      "The QVRA has awarded the council £1.2m. QVRA officers will visit in June, and the QVRA's annual "
      "report praised the service.\n",
      ("ORG:QVRA",)),
    P("org-modifier", "undefined-acronym-modifier",
      "The new clinic will host QHPS dental services and QHPS mental health teams, funded through the "
      "QHPS, two housing associations and the fire service.\n",
      ("ORG:QHPS",)),
    P("org-modifier", "undefined-acronym-object",
      "Delayed discharges leave the WPHS with a bill of £2m each winter, and talks with the WPHS "
      "continue.\n",
      ("ORG:WPHS",)),
    P("org-modifier", "acronym-funded",
      "Two ZTA-funded posts and a ZTA grant of £40,000 support the work; the ZTA (Zenith Tourism Agency) "
      "sets the targets.\n",
      ("ORG:Zenith Tourism Agency",)),
    P("org-modifier", "possessive-acronym",
      "The council responded to the RSLX's consultation and to the RSLX's inspection findings.\n",
      ("ORG:RSLX",)),
    P("org-modifier", "national-bodies",
      "Guidance from the Department for Coastal Affairs and data from the Office for Rural Statistics show "
      "that the Ministry of Inland Waterways expects councils to act.\n",
      ("ORG:Department for Coastal Affairs", "ORG:Office for Rural Statistics", "ORG:Ministry of Inland Waterways")),
]

COMMITTEES = [
    P("committee", "scrutiny",
      "The Place Scrutiny Committee considered the call-in on 3 March. The annual report goes to "
      "the Audit and Assurance Committee.\n",
      ("COMMITTEE:Place Scrutiny Committee", "COMMITTEE:Audit and Assurance Committee")),
    P("committee", "boards",
      "The Health and Wellbeing Board approved the strategy, which the Sampleton Safeguarding Adults Board "
      "and the Schools Forum also endorsed.\n",
      ("COMMITTEE:Health and Wellbeing Board", "COMMITTEE:Sampleton Safeguarding Adults Board",
       "COMMITTEE:Schools Forum")),
    P("committee", "panels",
      "The Allowances Review Panel reported in January, and the Planning Applications Panel "
      "deferred the application. The Corporate Management Team noted the risks.\n",
      ("COMMITTEE:Allowances Review Panel", "COMMITTEE:Planning Applications Panel",
       "COMMITTEE:Corporate Management Team")),
    P("committee", "lower-case",
      "Members asked that the place scrutiny committee see it first, and then the licensing "
      "committee.\n",
      ("COMMITTEE:place scrutiny committee", "COMMITTEE:licensing committee")),
    P("committee", "heading",
      "AUDIT, RISK AND STANDARDS COMMITTEE\n19 January 2026\nReport of the Chief Internal Auditor\n",
      ("COMMITTEE:Audit, Risk and Standards Committee", "ROLE:Chief Internal Auditor")),
    P("committee", "council-in-body",
      "Report to the Finance Scrutiny Panel\nDate: 2 February 2026\nThe Council's treasury management strategy "
      "was agreed by Kellingford City Council in February 2025. Kellingford City Council's auditors gave an "
      "unqualified opinion.\n",
      ("COMMITTEE:Finance Scrutiny Panel", "ORG:Kellingford City Council"), ("PROGRAMME:treasury management strategy",),
      "Kellingford City Council"),
    P("committee", "sub-committee",
      "The Children's Services Scrutiny Sub-Committee asked for an update, and the Joint Waste Committee "
      "agreed the contract extension.\n",
      ("COMMITTEE:Children's Services Scrutiny Sub-Committee", "COMMITTEE:Joint Waste Committee")),
]

PROGRAMMES = [
    P("programme-bare", "quoted-then-bare",
      "The council launched the 'Brighter Doorsteps' programme in April. Since then Brighter Doorsteps has "
      "helped 300 households, and Brighter Doorsteps will continue to 2028.\n",
      ("PROGRAMME:Brighter Doorsteps",)),
    P("programme-bare", "titled-then-bare",
      "The Greener Orlwick initiative plants trees in every ward. Residents can join Greener Orlwick "
      "through the website.\n",
      ("PROGRAMME:Greener Orlwick",), ("GPE:Orlwick",)),
    P("programme-bare", "named-scheme",
      "The Wyvern Warm Homes Scheme opened in October and the Sampleton Active Travel Fund closes in March.\n",
      ("PROGRAMME:Wyvern Warm Homes Scheme", "PROGRAMME:Sampleton Active Travel Fund")),
    P("programme-bare", "strategy-plan",
      "The Medium Term Spending Strategy and the Housing Delivery Plan 2025-2030 set the direction. "
      "The Local Plan Review starts next year.\n",
      ("PROGRAMME:Medium Term Spending Strategy", "PROGRAMME:Housing Delivery Plan",
       "PROGRAMME:Local Plan Review"), ("PROGRAMME:Housing Delivery Plan 2025-2030",)),
    P("programme-bare", "double-quoted",
      'The "Ready Steady Work" project supports young people. So far "Ready Steady Work" has placed 45 '
      "apprentices, and Ready Steady Work is funded to 2027.\n",
      ("PROGRAMME:Ready Steady Work",)),
    P("programme-bare", "known-as",
      "The programme, known as Thrive Together, brings services into one hub. Thrive Together has a budget "
      "of £2m.\n",
      ("PROGRAMME:Thrive Together",)),
]

PLACES = [
    P("place", "address",
      "Venue: Room 3, Civic Centre, 14 Marlowe Street, Kellingford, KF3 2RT\n",
      ("GPE:Kellingford", "GPE:Marlowe Street"),
      ("GPE:Civic Centre", "ORG:Civic Centre", "GPE:Council Chamber")),
    P("place", "wards",
      "The sites are in Ashby Fenwick ward and in the villages of Little Tarrow and Hensley Moor.\n",
      ("GPE:Ashby Fenwick", "GPE:Little Tarrow", "GPE:Hensley Moor")),
    P("place", "towns",
      "New bus routes will link Kellingford, Orlwick and Pendlebury Cross with the hospital.\n",
      ("GPE:Kellingford", "GPE:Orlwick", "GPE:Pendlebury Cross")),
    P("place", "buildings",
      "The library will move from Farrant House to the former Quayside Depot on Tollgate Road.\n",
      ("GPE:Farrant House", "GPE:Quayside Depot", "GPE:Tollgate Road")),
]

PLACES += [
    P("place", "venue-line",
      "Venue:\tMain Hall, Tressingham House, Fenwick Street, Quillmouth\n",
      ("GPE:Tressingham House", "GPE:Fenwick Street", "GPE:Quillmouth"), ("GPE:Main Hall",)),
    P("place", "buildings-sold",
      "Once the teams had left Brindle Court for Tolland House, the older block went to auction. Burial plots "
      "in the Hawthorn Lane Cemetery are nearly full.\n",
      ("GPE:Tolland House", "GPE:Brindle Court", "GPE:Hawthorn Lane Cemetery")),
]

# fourteenth session: a street or yard before what happens there, a post of the council named whole,
# a business partner's post, programmes headed by a standard, a credit or a register
PLACES += [
    P("place", "street-works",
      "Takings fell after the Gannet Lane works began, and the rent review at Fallowmere Yard units was settled.\n",
      ("GPE:Gannet Lane", "GPE:Fallowmere Yard"), ("PROGRAMME:rent review",)),
]
POSTS += [
    P("name-post", "business-partner-tab",
      "Report author:\tEllaline Tresk, Capital Finance Business Partner\nKey decision:\tNo\n",
      ("PERSON:Ellaline Tresk", "ROLE:Capital Finance Business Partner")),
    P("name-post", "leader-inline",
      "Councillor Ravindra Ashgill-Tey, Leader of the Council, introduced the report.\n",
      ("PERSON:Ravindra Ashgill-Tey", "ROLE:Leader of the Council")),
]
PROGRAMMES += [
    P("programme-head", "standard-credit-register",
      "Half of the tenants claim Carers Credit. Every home will meet the Snug Homes Standard by 2031, and the "
      "Strategic Hazards Register lists nine risks.\n",
      ("PROGRAMME:Carers Credit", "PROGRAMME:Snug Homes Standard", "PROGRAMME:Strategic Hazards Register")),
    P("programme-bare", "described-as-scheme",
      "Tenants bid for homes through Orlwick Keys, a home-swap scheme for tenants of three landlords.\n",
      ("PROGRAMME:Orlwick Keys",)),
]
PARTNERS += [
    P("partners", "forum-chair",
      "Residents were consulted through the Gorrick Residents' Forum. Its chair, Cosima Trevanion, asked for "
      "monthly updates.\n",
      ("ORG:Gorrick Residents' Forum", "PERSON:Cosima Trevanion"), ("ROLE:chair",)),
    P("partners", "firm-of-person",
      "Mr Wilmot Quern of Saltmere Design, the architect, answered questions on the layout.\n",
      ("PERSON:Wilmot Quern", "ORG:Saltmere Design")),
    P("partners", "agent-line",
      "Application:\t26/00871/FUL\nApplicant:\tWestlea Homes Ltd\nAgent:\tHallowby Planning\n",
      ("ORG:Westlea Homes Ltd", "ORG:Hallowby Planning")),
]

COUNCILS = [
    P("council", "invented-in-text",
      "Brackwater Borough Council and Eastmere County Council will share the service, and Wyvern Town "
      "Council has been consulted.\n",
      ("ORG:Brackwater Borough Council", "ORG:Eastmere County Council", "ORG:Wyvern Town Council")),
    P("council", "caps-header",
      "PELLINGHAM DISTRICT COUNCIL\nCABINET\n9 April 2026\nReport of the Chief Executive\n",
      ("ORG:Pellingham District Council", "COMMITTEE:Cabinet", "ROLE:Chief Executive"), (),
      "Pellingham District Council"),
    P("council", "of-form",
      "The London Borough of Sampleworth and the Royal Borough of Quillmouth have agreed a joint approach.\n",
      ("ORG:London Borough of Sampleworth", "ORG:Royal Borough of Quillmouth")),
]

PROBES: list[Probe] = [
    *ATTENDANCE, *POSTS, *CABINET, *VOTES, *CONTACTS, *PARTNERS, *ACRONYM_DEFS, *MODIFIERS, *COMMITTEES,
    *PROGRAMMES, *PLACES, *COUNCILS,
]

if __name__ == "__main__":
    print(f"{len(PROBES)} probes in {len({p.form for p in PROBES})} forms")
