"""What the services of each category are like: who runs them, what they are called, where they
meet, when, for whom, at what cost, and sentences in the voices providers write in.

Names are deliberately often generic ("Walking Group", "Coffee Morning"): the same name run by
different organisations in different places is one of the hard cases dedup must get right.
Placeholders: ``{locality}`` ``{borough}`` ``{org}`` ``{venue}`` ``{day}`` (plural, "Tuesdays")
``{time}`` ("10am to 12pm") ``{park}``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provider:
    """An organisation pattern. ``scope`` says how many exist: ``national`` (one, with branches
    everywhere), ``borough`` (one per borough, e.g. "Age UK Harrow"), ``locality`` (one per area,
    e.g. "Pinner Community Association") or ``unique`` (a new one each time)."""

    pattern: str
    scope: str
    kind: str = "charity"
    """charity | nhs | council | faith | community | business"""
    aliases: tuple[str, ...] = ()
    """Other names copies use for the same organisation (abbreviations, old names)."""
    about: str = ""


@dataclass(frozen=True)
class Template:
    names: tuple[str, ...]
    providers: tuple[Provider, ...]
    venues: tuple[str, ...]
    """Venue kinds, see ``VENUE_KINDS``."""
    schedule: tuple[str, ...]
    """Schedule kinds, see ``generator._schedule``."""
    costs: tuple[str, ...]
    ages: tuple[tuple[int | None, int | None], ...]
    openers: tuple[str, ...]
    details: tuple[str, ...]
    eligibility: tuple[str, ...]
    referral: tuple[str, ...]


CAB = Provider(
    "Citizens Advice {borough}",
    "borough",
    aliases=("{borough} CAB", "Citizens Advice Bureau {borough}", "{borough} Citizens Advice"),
    about="Free, independent, confidential and impartial advice on your rights and "
    "responsibilities.",
)
AGE_UK = Provider(
    "Age UK {borough}",
    "borough",
    aliases=("Age Concern {borough}", "AgeUK {borough}"),
    about="The local independent charity working with and for older people in {borough}.",
)
MIND = Provider(
    "Mind in {borough}",
    "borough",
    aliases=("{borough} Mind", "MIND {borough}"),
    about="We provide advice and support to empower anyone experiencing a mental health problem.",
)
CARERS = Provider(
    "{borough} Carers Centre",
    "borough",
    aliases=("{borough} Carers", "Carers Centre ({borough})"),
    about="Supporting unpaid carers of all ages across {borough} since 1994.",
)
MENCAP = Provider(
    "{borough} Mencap",
    "borough",
    aliases=("Mencap {borough}",),
    about="A local charity run by and for people with a learning disability and their families.",
)
ALZ = Provider(
    "Alzheimer's Society",
    "national",
    aliases=("Alzheimers Society", "The Alzheimer's Society"),
    about="The UK's leading dementia charity.",
)
CRUSE = Provider(
    "Cruse Bereavement Support",
    "national",
    aliases=("Cruse Bereavement Care", "Cruse"),
    about="Support, advice and information when someone dies.",
)
NHS_MH = Provider(
    "{borough} Talking Therapies",
    "borough",
    kind="nhs",
    aliases=("{borough} IAPT", "NHS {borough} Talking Therapies"),
    about="An NHS service offering psychological therapies for common mental health problems.",
)
COUNCIL = Provider(
    "{council}",
    "borough",
    kind="council",
    aliases=("{borough} Council",),
    about="Your local council.",
)
HOMESTART = Provider(
    "Home-Start {borough}",
    "borough",
    aliases=("Homestart {borough}", "Home Start {borough}"),
    about="Volunteers supporting families with young children through challenging times.",
)
COMMUNITY_ASSOC = Provider(
    "{locality} Community Association",
    "locality",
    kind="community",
    aliases=("{locality} Comm. Assoc.", "{locality} CA"),
    about="A resident-led charity running the community centre and activities for all ages.",
)
CHURCH = Provider("{church}", "unique", kind="faith", about="An active church in {locality}.")
MOSQUE = Provider(
    "{locality} Islamic Centre", "locality", kind="faith", about="Mosque and community centre."
)
GURDWARA = Provider(
    "{locality} Gurdwara Sahib", "locality", kind="faith", about="Sikh temple serving {locality}."
)
FOODBANK = Provider(
    "{locality} Foodbank",
    "locality",
    aliases=("{locality} Food Bank", "{locality} Foodbank (Trussell Trust)"),
    about="Part of the Trussell Trust network, providing emergency food to local people in crisis.",
)
YMCA = Provider("YMCA {region}", "borough", aliases=("Y.M.C.A. {region}",), about="")
LEISURE = Provider(
    "{leisure_operator}", "borough", kind="business", about="Leisure centre operator."
)
SMOKEFREE = Provider(
    "Smokefree {borough}",
    "borough",
    kind="nhs",
    aliases=("{borough} Stop Smoking Service", "Stop Smoking {borough}"),
    about="The free NHS stop smoking service for people who live, work or study in {borough}.",
)
RDA = Provider(
    "{rda_group} Riding for the Disabled Group",
    "unique",
    aliases=("{rda_group} RDA", "{rda_group} Riding for the Disabled Association"),
    about="A member group of Riding for the Disabled Association (RDA).",
)
LOCAL_CHARITY = Provider("{charity}", "unique", about="")
HOUSING_CHARITY = Provider(
    "Shelter London",
    "national",
    aliases=("Shelter",),
    about="The housing and homelessness charity.",
)
REFUGE = Provider(
    "{borough} Women's Aid",
    "borough",
    aliases=("{borough} Womens Aid",),
    about="Specialist domestic abuse support.",
)
COLLEGE = Provider(
    "{college}", "borough", kind="council", about="Further education and adult learning."
)
VOLUNTEER_CENTRE = Provider(
    "Volunteer Centre {borough}",
    "borough",
    aliases=("{borough} Volunteer Centre", "{borough} CVS"),
    about="Matching volunteers with local organisations.",
)
DRUGS = Provider(
    "{borough} Recovery Service",
    "borough",
    kind="nhs",
    aliases=("{borough} Drug and Alcohol Service",),
    about="Free, confidential drug and alcohol treatment and recovery.",
)

TEMPLATES: dict[str, Template] = {
    "debt-advice": Template(
        names=(
            "Debt Advice",
            "Money and Debt Advice Service",
            "Debt Advice Drop-in",
            "Money Advice",
            "Financial Wellbeing Service",
            "Debt Clinic",
            "Money Matters",
        ),
        providers=(CAB, CAB, CAB, AGE_UK, LOCAL_CHARITY, COUNCIL, CHURCH),
        venues=("office", "community_centre", "library", "church_hall"),
        schedule=("office", "office", "dropin", "appointment"),
        costs=("Free",),
        ages=((18, None), (16, None), (None, None)),
        openers=(
            "Worried about debt? Our trained advisers can help you take control of your money.",
            "Free, confidential debt advice for anyone living in {borough}.",
            "We help people who are struggling with bills, rent arrears, council tax, credit "
            "cards and loans.",
            "{org} offers specialist casework for people in serious debt, including help with "
            "bankruptcy and Debt Relief Orders.",
            "If you are behind with your bills or being chased by bailiffs, talk to us.",
            "Our money advice team can look at your whole financial situation with you.",
        ),
        details=(
            "An adviser will go through your income and outgoings and help you draw up a budget.",
            "We can contact your creditors on your behalf and negotiate affordable repayments.",
            "We can also check that you are getting all the benefits you are entitled to.",
            "Appointments are available face to face, by phone and by video call.",
            "Please bring any letters from creditors and recent bank statements.",
            "Interpreters can be arranged - please tell us when you book.",
            "We are accredited by the Money Advice Service quality standard.",
        ),
        eligibility=(
            "Residents of {borough}.",
            "Anyone who lives, works or studies in {borough}.",
            "Adults (18+) in {borough}; priority for people on low incomes.",
        ),
        referral=("Self-referral by phone or drop in.", "Book online or call the adviceline."),
    ),
    "benefits-advice": Template(
        names=(
            "Welfare Benefits Advice",
            "Benefits Advice",
            "Benefits Check",
            "Universal Credit Help to Claim",
            "Benefits and Money Advice",
            "Welfare Rights Service",
        ),
        providers=(CAB, CAB, AGE_UK, COUNCIL, MIND, LOCAL_CHARITY),
        venues=("office", "library", "community_centre"),
        schedule=("office", "dropin", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None), (60, None)),
        openers=(
            "Not sure what benefits you can claim? We can do a full benefits check for you.",
            "Help with claiming Universal Credit, PIP, Attendance Allowance and Pension Credit.",
            "Our welfare rights advisers help with benefit claims, reviews and appeals.",
            "We support people to apply for the benefits they are entitled to and challenge "
            "decisions that are wrong.",
            "Free help filling in benefit forms, including PIP and ESA forms.",
        ),
        details=(
            "We can represent you at tribunal if your claim has been refused.",
            "Home visits are available for people who cannot get to the office.",
            "We also help with grants, Blue Badge applications and council tax support.",
            "Bring your National Insurance number and any letters from the DWP.",
            "Advice is available in English, Gujarati, Tamil, Polish and Somali.",
        ),
        eligibility=(
            "Anyone living in {borough}.",
            "Older people (60+) and their carers.",
            "People with a disability or long-term health condition.",
        ),
        referral=("Self-referral.", "Referral from a professional or self-referral."),
    ),
    "employment-support": Template(
        names=(
            "Employment Support",
            "Job Club",
            "Work and Skills Hub",
            "Back to Work Support",
            "Employment Support for People with Mental Health Needs",
            "Jobs Club",
            "Careers Advice",
            "Supported Employment Service",
        ),
        providers=(LOCAL_CHARITY, COUNCIL, MIND, MENCAP, COMMUNITY_ASSOC, YMCA, CHURCH),
        venues=("office", "library", "community_centre"),
        schedule=("weekly", "office", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None), (16, 24), (18, 64)),
        openers=(
            "Looking for work? Our job club helps you write a CV, search for vacancies and "
            "prepare for interviews.",
            "One-to-one support from an employment adviser to help you find and keep a job.",
            "We help people who have been out of work for a long time get back into employment.",
            "Free support for {borough} residents who want to find work, change career or "
            "improve their skills.",
            "Our supported employment team works with people with learning disabilities and "
            "autism to find paid work.",
            "The {locality} job club meets every week - drop in, use the computers and get help "
            "with applications.",
        ),
        details=(
            "We have links with local employers and can tell you about jobs before they are "
            "advertised.",
            "Help with CVs, application forms, interview practice and confidence building.",
            "We can help with travel costs to interviews and the first month of work.",
            "In-work support is available once you start your new job.",
            "Computers and free Wi-Fi are available for job searching.",
            "Individual Placement and Support (IPS) for people using mental health services.",
        ),
        eligibility=(
            "Unemployed residents of {borough} aged 16 and over.",
            "Adults with a learning disability or autism.",
            "People on Universal Credit or ESA.",
            "Young people aged 16-24 not in education, employment or training.",
        ),
        referral=("Self-referral or via your Work Coach.", "Drop in, no appointment needed."),
    ),
    "walking-groups": Template(
        names=(
            "Walking Group",
            "Walking Group",
            "Health Walk",
            "{locality} Health Walk",
            "{park} Park Walk",
            "Wellbeing Walks",
            "Nordic Walking",
            "Buggy Walk",
            "Walk and Talk",
        ),
        providers=(COUNCIL, COMMUNITY_ASSOC, MIND, LOCAL_CHARITY, CHURCH, AGE_UK),
        venues=("park",),
        schedule=("weekly",),
        costs=("Free", "Free", "Free", "£2 per walk", "Free (donations welcome)"),
        ages=((None, None), (18, None), (50, None)),
        openers=(
            "A friendly, free, led walk of about an hour at an easy pace.",
            "Join our volunteer walk leaders for a gentle stroll around {park} Park followed by "
            "a cuppa.",
            "Walking is one of the easiest ways to get more active, meet people and feel better.",
            "Our walks are part of the Ramblers Wellbeing Walks scheme and are open to everyone.",
            "Get out in the fresh air with others - walks are short, flat and on good paths.",
            "Nordic walking uses poles to give your whole body a workout; poles can be borrowed.",
        ),
        details=(
            "Meet at the main gate; wear comfortable shoes and bring water.",
            "Walks go ahead in most weathers.",
            "No need to book, just turn up.",
            "Suitable for beginners and people recovering from illness.",
            "Most walks end at a café where you can stay for a chat.",
            "Walks are around 2 miles and take about 60 minutes.",
            "Accessible for wheelchair users and people with buggies on the shorter route.",
        ),
        eligibility=("Open to all.", "Adults of all fitness levels.", "Anyone aged 50+."),
        referral=("Just turn up.", "No referral needed."),
    ),
    "stop-smoking": Template(
        names=(
            "Stop Smoking Service",
            "Stop Smoking Clinic",
            "Quit Smoking Support",
            "Stop Smoking Drop-in",
            "Smokefree Support",
        ),
        providers=(SMOKEFREE, SMOKEFREE, COUNCIL, NHS_MH),
        venues=("health_centre", "library", "office"),
        schedule=("office", "dropin", "appointment"),
        costs=("Free", "Free; prescription charges may apply for medication"),
        ages=((12, None), (16, None), (18, None)),
        openers=(
            "You are three times more likely to quit with support from a stop smoking adviser.",
            "Free one-to-one support to help you stop smoking, including nicotine replacement "
            "therapy.",
            "Our advisers will support you for 12 weeks, with free vapes or patches.",
            "Want to quit? Get free expert help from the NHS stop smoking service.",
            "Weekly support sessions with a trained adviser, by phone or face to face.",
        ),
        details=(
            "We offer a free vape starter kit under the national Swap to Stop scheme.",
            "Carbon monoxide readings each week help you see your progress.",
            "Pregnant smokers get extra support from our specialist midwife adviser.",
            "Sessions are available in Hindi, Urdu, Punjabi and Bengali.",
            "Evening and Saturday appointments are available.",
        ),
        eligibility=(
            "Anyone who lives, works or is registered with a GP in {borough}.",
            "Smokers aged 12 and over.",
        ),
        referral=("Self-referral or referral by your GP or pharmacist.",),
    ),
    "learning-disability-day": Template(
        names=(
            "Day Centre",
            "Day Opportunities",
            "{locality} Resource Centre",
            "Learning Disability Day Service",
            "Community Hub Day Service",
            "Life Skills Centre",
            "Adult Day Service",
        ),
        providers=(MENCAP, COUNCIL, LOCAL_CHARITY, LOCAL_CHARITY),
        venues=("day_centre", "community_centre"),
        schedule=("daycentre",),
        costs=(
            "£55 per day; funded places available following a Care Act assessment",
            "Funded by the council for eligible adults; self-funders £48 per day",
            "Cost depends on your personal budget",
        ),
        ages=((18, None), (18, 65), (19, None)),
        openers=(
            "A friendly day service for adults with learning disabilities, offering a wide "
            "range of activities.",
            "We support adults with learning disabilities and autism to learn new skills, make "
            "friends and take part in their community.",
            "Our day opportunities include arts and crafts, cooking, music, gardening and trips "
            "out.",
            "A person-centred day service where everyone chooses their own timetable.",
            "We provide day support for adults with profound and multiple learning "
            "disabilities (PMLD).",
        ),
        details=(
            "We have a sensory room, a fully accessible kitchen and changing places toilets.",
            "Transport can be arranged from home for people who need it.",
            "Staff are trained in positive behaviour support, epilepsy care and PEG feeding.",
            "Lunch is available, or bring your own.",
            "Families are welcome to visit before starting.",
        ),
        eligibility=(
            "Adults (18+) with a learning disability who live in {borough}.",
            "Adults with learning disabilities and autism; a needs assessment is required.",
        ),
        referral=(
            "Referral through the council's adult social care team or your care manager.",
            "Self-funders can contact us directly.",
        ),
    ),
    "riding-for-disabled": Template(
        names=(
            "Riding for the Disabled",
            "RDA Riding Sessions",
            "Therapeutic Riding",
            "Carriage Driving for Disabled People",
            "Riding Group for Disabled Children and Adults",
        ),
        providers=(RDA,),
        venues=("stables",),
        schedule=("weekly",),
        costs=("£15 per session", "£20 per ride; bursaries available", "£12 per session"),
        ages=((4, None), (5, None), (8, None)),
        openers=(
            "We provide riding and carriage driving for children and adults with disabilities.",
            "Riding helps with balance, posture, confidence and communication - and it is great "
            "fun.",
            "Our qualified RDA coaches and volunteers support riders of all abilities.",
            "Sessions take place at the riding school's indoor arena so they run all year round.",
        ),
        details=(
            "A mounting block and hoist are available.",
            "Riders must be under 16 stone (101 kg).",
            "There is usually a waiting list; please contact us to add your name.",
            "We always need volunteers - no experience with horses required.",
        ),
        eligibility=(
            "Children and adults with a physical or learning disability.",
            "Disabled people aged 4 and over; a doctor's consent form is needed.",
        ),
        referral=("Contact the group organiser.",),
    ),
    "digital-skills": Template(
        names=(
            "IT Skills Classes",
            "Computer Classes for Beginners",
            "Digital Skills Drop-in",
            "Get Online",
            "Tech Help Sessions",
            "Computer Club",
            "Learn My Way Sessions",
            "Digital Champions",
        ),
        providers=(COUNCIL, AGE_UK, COLLEGE, COMMUNITY_ASSOC, LOCAL_CHARITY, CHURCH),
        venues=("library", "community_centre", "college"),
        schedule=("weekly", "weekly", "dropin"),
        costs=("Free", "Free", "£2 per session", "Free for residents on benefits, £45 per term"),
        ages=((16, None), (19, None), (50, None), (None, None)),
        openers=(
            "Learn how to use a computer, tablet or smartphone at your own pace.",
            "Free help to get online: email, video calls, online shopping and staying safe online.",
            "Our digital champions can help you with NHS App, Universal Credit journals and "
            "booking GP appointments online.",
            "A relaxed class for complete beginners who want to build confidence with technology.",
            "Bring your own device or use one of ours.",
        ),
        details=(
            "Classes are small, with no more than 8 learners.",
            "Laptops and tablets are provided.",
            "We can lend you a tablet and data to use at home.",
            "Courses lead to an Essential Digital Skills qualification.",
            "One-to-one appointments are available for people who prefer them.",
        ),
        eligibility=(
            "Adults living in {borough}.",
            "Anyone aged 19+; free for those on low income.",
            "Older people who want to get online.",
        ),
        referral=("Book at the library or call us.", "Just drop in."),
    ),
    "carers-support": Template(
        names=(
            "Carers Support Group",
            "Carers' Support Group",
            "Carers Support",
            "Young Carers Project",
            "Carers Assessment and Advice",
            "Carers Café",
            "Parent Carers Forum",
            "Carers Wellbeing Service",
        ),
        providers=(CARERS, CARERS, CARERS, AGE_UK, MIND, ALZ, MENCAP, COUNCIL),
        venues=("office", "community_centre", "church_hall"),
        schedule=("monthly", "weekly", "office"),
        costs=("Free",),
        ages=((18, None), (5, 18), (None, None)),
        openers=(
            "Are you looking after someone? We offer information, advice and a listening ear "
            "for unpaid carers.",
            "A friendly peer support group where carers can share experiences and have a break.",
            "Young carers aged 5 to 18 can have fun, make friends and get support at our "
            "clubs and trips.",
            "We can help you with a carer's assessment, benefits, breaks and planning for "
            "emergencies.",
            "Caring for someone can be isolating - come and meet other carers over tea and cake.",
        ),
        details=(
            "We run regular pamper days, trips and workshops for carers.",
            "Replacement care can be arranged so you can attend.",
            "Register with us to receive our newsletter and a Carers Emergency Card.",
            "Sessions are led by a carers support worker.",
            "We also offer counselling for carers.",
        ),
        eligibility=(
            "Unpaid carers living in {borough} or caring for someone who does.",
            "Young carers aged 5-18.",
            "Parents and carers of disabled children.",
        ),
        referral=("Self-referral.", "Referral by any professional or self-referral."),
    ),
    "food-banks": Template(
        names=(
            "Food Bank",
            "Foodbank",
            "Community Pantry",
            "Food Bank Distribution Centre",
            "Community Fridge",
            "Emergency Food Parcels",
            "Social Supermarket",
        ),
        providers=(FOODBANK, FOODBANK, FOODBANK, CHURCH, MOSQUE, GURDWARA, COMMUNITY_ASSOC),
        venues=("church_hall", "community_centre"),
        schedule=("weekly", "weekly"),
        costs=("Free", "Free", "£5 per week membership for the pantry"),
        ages=((None, None),),
        openers=(
            "We provide three days' emergency food to local people in crisis.",
            "A community pantry where members can choose £20 worth of food for a small weekly fee.",
            "Emergency food parcels, toiletries and baby items for anyone who needs them.",
            "Surplus food from local supermarkets is available free - no questions asked.",
            "Our volunteers welcome you with a hot drink while your parcel is prepared.",
        ),
        details=(
            "You need a foodbank voucher from a referral agency such as Citizens Advice, your "
            "GP or a social worker.",
            "No referral needed - just come along.",
            "We can also signpost you to help with money, debt and benefits.",
            "Halal and vegetarian food is available.",
            "Please bring your own bags.",
            "Fuel vouchers are sometimes available.",
        ),
        eligibility=("Anyone in food crisis.", "Residents of {borough} with a voucher."),
        referral=(
            "Foodbank voucher from a referral agency.",
            "No referral needed.",
        ),
    ),
    "mental-health-peer-support": Template(
        names=(
            "Peer Support Group",
            "Mental Health Peer Support",
            "Recovery College Courses",
            "Hearing Voices Group",
            "Wellbeing Café",
            "Men's Mental Health Group",
            "Crisis Café",
            "Safe Haven",
        ),
        providers=(MIND, MIND, MIND, LOCAL_CHARITY, COMMUNITY_ASSOC, CHURCH),
        venues=("community_centre", "office", "church_hall"),
        schedule=("weekly", "weekly", "evening"),
        costs=("Free",),
        ages=((18, None), (16, None), (18, 65)),
        openers=(
            "A safe, welcoming space to talk with people who understand what you are going "
            "through.",
            "Our peer support groups are run by people with their own lived experience of "
            "mental ill health.",
            "Free recovery and wellbeing courses co-produced by people with lived experience "
            "and professionals.",
            "An out-of-hours safe space for adults in emotional distress - no appointment needed.",
            "Men's group: talk, listen and support each other. No pressure to share.",
        ),
        details=(
            "Groups meet weekly and are facilitated by trained peer workers.",
            "You don't need a diagnosis to come along.",
            "Tea, coffee and snacks provided.",
            "We can also help you find other services such as counselling.",
            "Sessions are also available online via Zoom.",
        ),
        eligibility=("Adults aged 18+ in {borough}.", "Anyone experiencing mental distress."),
        referral=("Self-referral.", "Drop in; no referral needed."),
    ),
    "talking-therapies": Template(
        names=(
            "Talking Therapies",
            "NHS Talking Therapies",
            "Counselling Service",
            "Low Cost Counselling",
            "Psychological Therapies Service",
            "Wellbeing Service",
        ),
        providers=(NHS_MH, NHS_MH, MIND, LOCAL_CHARITY, CHURCH),
        venues=("health_centre", "office"),
        schedule=("office", "appointment"),
        costs=(
            "Free on the NHS",
            "Sliding scale £10-£40 per session depending on income",
            "Free",
        ),
        ages=((18, None), (16, None), (17, None)),
        openers=(
            "Free NHS talking therapies for stress, anxiety, depression, phobias and OCD.",
            "We offer short-term counselling to help you work through difficult feelings.",
            "Cognitive behavioural therapy (CBT), counselling and guided self-help.",
            "Low-cost counselling with qualified and trainee counsellors.",
            "Feeling low or anxious? You can refer yourself for therapy - you don't need to see "
            "your GP first.",
        ),
        details=(
            "Therapy is offered face to face, by phone, by video or through online courses.",
            "Sessions are usually weekly, for 6 to 12 weeks.",
            "Therapy is available in a range of languages and with interpreters.",
            "Evening appointments are available.",
            "We also offer support for people with long-term health conditions.",
        ),
        eligibility=(
            "Adults registered with a GP in {borough}.",
            "Anyone aged 16+ living in {borough}.",
        ),
        referral=("Self-referral online or by phone, or ask your GP.",),
    ),
    "bereavement": Template(
        names=(
            "Bereavement Support",
            "Bereavement Counselling",
            "Bereavement Café",
            "Bereavement Support Group",
            "Child Bereavement Service",
            "Living with Loss Group",
        ),
        providers=(CRUSE, CRUSE, CHURCH, LOCAL_CHARITY, AGE_UK),
        venues=("office", "church_hall", "community_centre"),
        schedule=("monthly", "appointment", "weekly"),
        costs=("Free", "Free (donations welcome)"),
        ages=((18, None), (None, None), (5, 18)),
        openers=(
            "Support for anyone who has been bereaved, however long ago the death was.",
            "Our trained volunteers offer one-to-one bereavement support.",
            "A monthly café where bereaved people can meet others who understand.",
            "Grief can be overwhelming. Talking to someone can help.",
            "Support for children and young people who have lost someone close to them.",
        ),
        details=(
            "Support is usually six sessions, face to face or by phone.",
            "There is often a short waiting list for one-to-one support.",
            "The café is informal - just come along.",
            "Our national helpline is also available.",
        ),
        eligibility=("Anyone who has been bereaved.", "Children and young people up to 18."),
        referral=("Self-referral by phone.", "Contact us to arrange an assessment."),
    ),
    "housing-advice": Template(
        names=(
            "Housing Advice",
            "Housing Options",
            "Homelessness Prevention Service",
            "Tenancy Sustainment",
            "Housing Advice Drop-in",
            "Private Renters Advice",
        ),
        providers=(COUNCIL, COUNCIL, HOUSING_CHARITY, CAB, LOCAL_CHARITY),
        venues=("office", "civic_centre"),
        schedule=("office", "dropin", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None)),
        openers=(
            "If you are homeless or at risk of losing your home, contact the Housing Options "
            "team as soon as possible.",
            "Free advice for private renters about repairs, deposits and eviction.",
            "We help tenants who are struggling to keep their tenancy.",
            "Expert housing advice and legal help to prevent homelessness.",
            "Our advisers can help with rent arrears, disrepair, and applying for social housing.",
        ),
        details=(
            "Out-of-hours emergency line available if you are homeless tonight.",
            "We can help you apply to the housing register.",
            "Support is available for people leaving prison or hospital.",
            "Bring ID, proof of income and any letters from your landlord.",
        ),
        eligibility=("Residents of {borough}.", "Anyone homeless or at risk in {borough}."),
        referral=("Self-referral.", "Call or visit the civic centre."),
    ),
    "befriending": Template(
        names=(
            "Befriending Service",
            "Telephone Befriending",
            "Befriending",
            "Coffee Morning",
            "Friendship Club",
            "Good Neighbours Scheme",
            "Men's Shed",
            "Chatter Bench Café",
        ),
        providers=(AGE_UK, AGE_UK, COMMUNITY_ASSOC, CHURCH, LOCAL_CHARITY, MIND),
        venues=("community_centre", "church_hall", "library"),
        schedule=("weekly", "weekly", "office"),
        costs=("Free", "£1.50 for tea and cake", "Free (donations welcome)"),
        ages=((60, None), (65, None), (18, None), (None, None)),
        openers=(
            "Feeling lonely? A volunteer befriender can visit you at home or call you every week.",
            "Our weekly coffee morning is a chance to meet neighbours and make new friends.",
            "Regular friendly phone calls for older people who live alone.",
            "A Men's Shed is a space where men can share skills, make things and chat.",
            "Good Neighbours volunteers help with small jobs, shopping and companionship.",
        ),
        details=(
            "All our volunteers are DBS-checked and trained.",
            "Everyone is welcome - just come along.",
            "We match you with a volunteer who shares your interests.",
            "Transport can be arranged for people with mobility problems.",
            "The group organises occasional outings and lunches.",
        ),
        eligibility=("Older people living alone in {borough}.", "Open to everyone.", "Men 18+."),
        referral=("Self-referral, or referral by family, GP or social worker.", "Drop in."),
    ),
    "exercise-older-people": Template(
        names=(
            "Chair Based Exercise",
            "Seated Exercise",
            "Tai Chi for Beginners",
            "Strength and Balance Class",
            "Falls Prevention Exercise",
            "Over 50s Keep Fit",
            "Walking Football",
            "Gentle Yoga",
            "Aqua Fit for Older Adults",
        ),
        providers=(AGE_UK, LEISURE, COMMUNITY_ASSOC, COUNCIL, CHURCH, LOCAL_CHARITY),
        venues=("community_centre", "leisure_centre", "church_hall"),
        schedule=("weekly",),
        costs=("£3 per session", "£4", "Free", "£2.50 (first session free)", "£5; £3 concessions"),
        ages=((50, None), (55, None), (60, None), (65, None)),
        openers=(
            "A gentle exercise class to improve strength, balance and mobility.",
            "Seated exercises to music - great for people with limited mobility.",
            "Tai chi is a gentle, flowing exercise that helps balance and reduces falls.",
            "Keep active, keep independent: our evidence-based strength and balance course "
            "runs for 24 weeks.",
            "A fun, sociable class for the over 50s. All abilities welcome.",
        ),
        details=(
            "Classes are led by a qualified postural stability instructor.",
            "Wear loose clothing and bring a bottle of water.",
            "Tea and biscuits after the class.",
            "Please speak to your GP first if you have a heart condition.",
            "Chairs are provided; the hall is accessible and has a hearing loop.",
        ),
        eligibility=("Adults aged 60 and over.", "Over 50s.", "Older people at risk of falls."),
        referral=("Just turn up.", "Referral from a physiotherapist or self-referral."),
    ),
    "dementia-cafes": Template(
        names=(
            "Dementia Café",
            "Memory Café",
            "Singing for the Brain",
            "Dementia Support Group",
            "Dementia Adviser Service",
            "Forget-Me-Not Café",
        ),
        providers=(ALZ, ALZ, AGE_UK, CHURCH, LOCAL_CHARITY, CARERS),
        venues=("church_hall", "community_centre", "library"),
        schedule=("monthly", "weekly"),
        costs=("Free", "£2 per person", "Free (donations welcome)"),
        ages=((None, None), (18, None)),
        openers=(
            "A friendly café for people living with dementia and the people who care for them.",
            "Singing for the Brain uses singing to bring people together in a fun and friendly "
            "social environment.",
            "Meet others, share experiences and get information from our dementia adviser.",
            "Our memory café offers activities, reminiscence, music and a warm welcome.",
        ),
        details=(
            "Carers and family members are welcome to come too.",
            "There is a guest speaker most months.",
            "Volunteers are on hand to help.",
            "No need to book.",
            "Information about local services is available at every session.",
        ),
        eligibility=(
            "People living with dementia or memory problems and their carers.",
            "Anyone affected by dementia.",
        ),
        referral=("Just come along.", "Please call before your first visit."),
    ),
    "parent-toddler": Template(
        names=(
            "Stay and Play",
            "Parent and Toddler Group",
            "Baby and Toddler Group",
            "Stay & Play",
            "Rhyme Time",
            "Toddler Group",
            "Messy Play",
            "Dads' Group",
        ),
        providers=(CHURCH, CHURCH, COUNCIL, COMMUNITY_ASSOC, HOMESTART, LOCAL_CHARITY),
        venues=("church_hall", "community_centre", "library", "childrens_centre"),
        schedule=("term", "weekly"),
        costs=("£2 per family", "Free", "£1.50 including snack", "£3 per child"),
        ages=((0, 5), (0, 4), (0, 3), (0, 1)),
        openers=(
            "A friendly group for parents and carers with babies and toddlers.",
            "Songs, stories and rhymes for under 5s and their grown-ups.",
            "Messy play, crafts, toys and a snack - come and have fun with your little one.",
            "A relaxed stay and play session at the children's centre.",
            "Meet other parents, share tips and let the children play.",
        ),
        details=(
            "Term time only.",
            "Healthy snack and drinks provided.",
            "Buggy parking available.",
            "Children must be accompanied by an adult at all times.",
            "Health visitors attend once a month.",
        ),
        eligibility=("Parents and carers with children under 5.", "Families with babies 0-12m."),
        referral=("Just turn up.", "Book on the app; walk-ins welcome if space."),
    ),
    "youth-clubs": Template(
        names=(
            "Youth Club",
            "Youth Club",
            "Junior Youth Club",
            "Youth Centre",
            "Detached Youth Work",
            "Girls' Group",
            "Inclusive Youth Club",
            "Teen Club",
        ),
        providers=(COUNCIL, YMCA, COMMUNITY_ASSOC, CHURCH, LOCAL_CHARITY, MENCAP),
        venues=("youth_centre", "community_centre", "church_hall"),
        schedule=("evening", "evening", "weekly"),
        costs=("Free", "£1 per session", "£2", "Free; trips extra"),
        ages=((11, 19), (8, 13), (13, 19), (11, 25), (11, 18)),
        openers=(
            "A safe, fun place for young people to hang out, make friends and try new things.",
            "Sports, music, cooking, gaming and trips - run by qualified youth workers.",
            "An inclusive youth club for young people with and without disabilities.",
            "Our youth workers are out on the streets of {locality} to meet young people where "
            "they are.",
            "A girls-only space to chat, relax and take part in workshops.",
        ),
        details=(
            "Young people can get help with careers, relationships and staying safe.",
            "Members need a signed consent form from a parent or carer.",
            "We run trips in the school holidays.",
            "Up to 25 for young people with special educational needs.",
            "A healthy meal is provided at every session.",
        ),
        eligibility=("Young people aged 11-19 (up to 25 with SEND).", "Ages 8-13."),
        referral=("Just turn up.", "Register at your first visit."),
    ),
    "domestic-abuse": Template(
        names=(
            "Domestic Abuse Support",
            "Independent Domestic Violence Advisers (IDVA)",
            "Domestic Abuse Drop-in",
            "Freedom Programme",
            "Domestic Abuse Outreach Service",
        ),
        providers=(REFUGE, REFUGE, COUNCIL, LOCAL_CHARITY),
        venues=("office",),
        schedule=("office", "appointment", "weekly"),
        costs=("Free",),
        ages=((16, None), (18, None)),
        openers=(
            "Confidential support for anyone experiencing domestic abuse.",
            "Our independent domestic violence advisers support victims at high risk of harm.",
            "The Freedom Programme is a 12-week course for women who have experienced domestic "
            "abuse.",
            "Free, confidential advice, safety planning and support through the courts.",
        ),
        details=(
            "If you are in immediate danger, call 999.",
            "Support is available in many languages.",
            "We can help you find safe accommodation.",
            "We also support men and LGBT+ survivors.",
        ),
        eligibility=("Anyone affected by domestic abuse in {borough}.", "Women aged 16+."),
        referral=("Self-referral or professional referral.",),
    ),
    "esol": Template(
        names=(
            "ESOL Classes",
            "English Classes",
            "English Conversation Club",
            "ESOL for Beginners",
            "English for Work",
            "Conversation Café",
        ),
        providers=(COLLEGE, COLLEGE, COMMUNITY_ASSOC, CHURCH, MOSQUE, LOCAL_CHARITY),
        venues=("college", "library", "community_centre"),
        schedule=("weekly", "term"),
        costs=("Free", "Free for learners on benefits", "£3 per class"),
        ages=((16, None), (19, None)),
        openers=(
            "Improve your English speaking, listening, reading and writing.",
            "Friendly English conversation practice for all levels.",
            "ESOL classes from Pre-Entry to Level 2, with a free creche.",
            "Learn English for everyday life and work.",
        ),
        details=(
            "You will have a short assessment to find the right class for you.",
            "A creche is available for children aged 1-4.",
            "Classes are small and friendly.",
            "Certificates are awarded on completion.",
        ),
        eligibility=("Adults 19+ whose first language is not English.", "Adults 16+."),
        referral=("Enrol in person.", "Call us to book an assessment."),
    ),
    "lunch-clubs": Template(
        names=(
            "Lunch Club",
            "Lunch Club",
            "Luncheon Club",
            "Over 60s Lunch Club",
            "Community Lunch",
            "Friday Lunch Club",
        ),
        providers=(AGE_UK, CHURCH, COMMUNITY_ASSOC, GURDWARA, LOCAL_CHARITY),
        venues=("community_centre", "church_hall"),
        schedule=("weekly",),
        costs=("£5 for a two-course lunch", "£4.50", "£6 including tea", "Free (donations)"),
        ages=((60, None), (55, None), (65, None)),
        openers=(
            "A hot two-course lunch, good company and a game of bingo.",
            "Our lunch club gives older people the chance to enjoy a freshly cooked meal together.",
            "Come along for lunch, a chat and an activity - everyone is welcome.",
            "A vegetarian community lunch (langar) open to all.",
        ),
        details=(
            "Special diets can be catered for with notice.",
            "Transport is available for members who cannot get there themselves.",
            "Please book by the Wednesday before.",
            "Entertainment once a month.",
        ),
        eligibility=("Older people (60+) living in {borough}.", "Open to all."),
        referral=("Call to book a place.",),
    ),
    "drug-alcohol": Template(
        names=(
            "Drug and Alcohol Service",
            "Alcohol Support",
            "Recovery Service",
            "Young People's Substance Misuse Service",
            "Alcoholics Anonymous Meeting",
        ),
        providers=(DRUGS, DRUGS, LOCAL_CHARITY, CHURCH),
        venues=("office", "health_centre", "church_hall"),
        schedule=("office", "dropin", "evening"),
        costs=("Free",),
        ages=((18, None), (11, 24), (16, None)),
        openers=(
            "Free, confidential support for anyone worried about their drinking or drug use.",
            "We offer assessment, treatment, detox and recovery support.",
            "Support for young people affected by their own or someone else's drug or alcohol use.",
            "An open AA meeting - anyone with a desire to stop drinking is welcome.",
        ),
        details=(
            "Family members and carers can get support too.",
            "Needle exchange and naloxone are available.",
            "Appointments can be at our service or in the community.",
            "Evening drop-in on Thursdays.",
        ),
        eligibility=("Adults in {borough}.", "Young people up to 24."),
        referral=("Self-referral or via GP.", "Just turn up."),
    ),
    "volunteering": Template(
        names=(
            "Volunteering Opportunities",
            "Volunteer Centre",
            "Volunteering for Wellbeing",
            "Community Gardening Volunteers",
            "Volunteer Drivers Scheme",
        ),
        providers=(VOLUNTEER_CENTRE, VOLUNTEER_CENTRE, AGE_UK, COMMUNITY_ASSOC, LOCAL_CHARITY),
        venues=("office", "community_centre", "park"),
        schedule=("office", "weekly"),
        costs=("Free",),
        ages=((16, None), (18, None), (14, None)),
        openers=(
            "Find a volunteering role that suits you - from gardening to befriending.",
            "Volunteering can build skills, confidence and friendships.",
            "Help keep our green spaces beautiful: no experience needed, all tools provided.",
            "Use your car to help older people get to hospital appointments.",
        ),
        details=(
            "Expenses are paid.",
            "Training is provided.",
            "Supported volunteering is available for people with additional needs.",
            "DBS checks are free for volunteers.",
        ),
        eligibility=("Anyone aged 16+.", "Adults with a full driving licence."),
        referral=("Register online or drop in.",),
    ),
}

CLOSERS: tuple[str, ...] = (
    "Everyone is welcome.",
    "Please call before visiting for the first time.",
    "Contact us to find out more.",
    "For more information, please get in touch.",
    "We look forward to meeting you!",
    "All enquiries are confidential.",
    "Check our website for changes to session times.",
    "",
    "",
)

ACCESSIBILITY: tuple[str, ...] = (
    "Step-free access",
    "Wheelchair accessible",
    "Accessible toilet",
    "Hearing loop",
    "Disabled parking",
    "Lift to all floors",
    "Ground floor only; two steps at the entrance",
    "Changing Places toilet",
    "Quiet room available",
)

LANGUAGES: tuple[str, ...] = (
    "English",
    "Gujarati",
    "Punjabi",
    "Polish",
    "Somali",
    "Tamil",
    "Urdu",
    "Arabic",
    "Bengali",
    "Romanian",
    "Portuguese",
    "Spanish",
    "Hindi",
    "Turkish",
    "BSL",
)

VENUE_KINDS: dict[str, tuple[str, ...]] = {
    "community_centre": (
        "{locality} Community Centre",
        "{locality} Community Hall",
        "The {locality} Centre",
        "{street_name} Community Centre",
        "{locality} Neighbourhood Centre",
    ),
    "library": ("{locality} Library",),
    "church_hall": (
        "St {saint}'s Church Hall",
        "{locality} Methodist Church",
        "{locality} Baptist Church Hall",
        "St {saint}'s Parish Centre",
        "{locality} United Reformed Church",
    ),
    "office": (
        "{org} Office",
        "{street_no} {street}",
        "{locality} Advice Centre",
        "Unit {unit}, {locality} Business Centre",
    ),
    "health_centre": (
        "{locality} Health Centre",
        "{locality} Medical Centre",
        "{street_name} Health Centre",
        "{locality} Community Health Clinic",
    ),
    "park": ("{park} Park",),
    "leisure_centre": ("{locality} Leisure Centre", "{locality} Sports Centre"),
    "day_centre": ("{locality} Day Centre", "{street_name} Resource Centre", "The {tree} Centre"),
    "stables": ("{rda_group} Riding School", "{rda_group} Equestrian Centre"),
    "college": ("{college} ({locality} Campus)", "{locality} Adult Learning Centre"),
    "civic_centre": ("{borough} Civic Centre",),
    "youth_centre": ("{locality} Youth Centre", "The {tree} Youth Hub"),
    "childrens_centre": ("{locality} Children's Centre", "{locality} Family Hub"),
}

SAINTS = (
    "Mary",
    "John",
    "Paul",
    "Peter",
    "Andrew",
    "Michael",
    "Luke",
    "Anne",
    "George",
    "Margaret",
    "Stephen",
    "Matthew",
    "James",
    "Alban",
    "Barnabas",
    "Lawrence",
)
STREETS = (
    "High Street",
    "Station Road",
    "Church Road",
    "Park Road",
    "London Road",
    "Victoria Road",
    "Green Lane",
    "Manor Road",
    "Church Lane",
    "Park Avenue",
    "Queens Road",
    "The Broadway",
    "Kings Road",
    "Grove Road",
    "Elm Grove",
    "Mill Lane",
    "Albert Road",
    "Springfield Road",
    "Chestnut Avenue",
    "Northwood Road",
    "Brookside",
    "Cedar Close",
    "Windsor Road",
    "Marlborough Road",
    "Wellington Road",
    "Oak Lane",
    "Hillside Gardens",
    "Orchard Way",
    "Westfield Road",
    "Beech Avenue",
    "Cambridge Road",
    "Riverside Walk",
    "St Johns Road",
    "Ashford Road",
    "Longfield Avenue",
)
PARK_WORDS = (
    "Victoria",
    "Memorial",
    "Recreation",
    "Lakeside",
    "Greenway",
    "Manor",
    "Jubilee",
    "Meadow",
    "Riverside",
    "King George's",
    "Coronation",
    "Priory",
)
TREES = ("Oak", "Willow", "Beech", "Rowan", "Cedar", "Hawthorn", "Maple", "Birch", "Elm")
CHARITY_WORDS = (
    "Hope",
    "Bridge",
    "Compass",
    "Harbour",
    "Lighthouse",
    "Open Door",
    "Together",
    "Kinship",
    "Horizon",
    "Pathways",
    "Springboard",
    "Anchor",
    "Stepping Stones",
    "Rainbow",
    "Sunrise",
    "Welcome",
    "Connect",
    "Lifeline",
    "Roots",
    "Evergreen",
)
CHARITY_SUFFIXES = ("Trust", "Project", "Network", "Foundation", "Centre", "CIC", "Partnership")
RDA_GROUPS = (
    "Willowbrook",
    "Park Lane",
    "Greenfields",
    "Hollybush",
    "Meadowview",
    "Thames Valley",
    "Kingsmead",
    "Brookfield",
    "Woodside",
    "Ashdown",
)
COUNCILS = {
    "Harrow": "Harrow Council",
    "Hillingdon": "London Borough of Hillingdon",
    "Hounslow": "London Borough of Hounslow",
    "Wandsworth": "Wandsworth Council",
    "Kensington and Chelsea": "Royal Borough of Kensington and Chelsea",
    "Bexley": "London Borough of Bexley",
    "Kingston upon Thames": "Royal Borough of Kingston upon Thames",
    "Enfield": "Enfield Council",
    "Brent": "Brent Council",
    "Ealing": "Ealing Council",
    "Greenwich": "Royal Borough of Greenwich",
}
COLLEGES = {
    "Harrow": "Harrow Adult Learning",
    "Hillingdon": "Hillingdon Adult and Community Learning",
    "Hounslow": "Hounslow Adult Learning",
    "Wandsworth": "Lifelong Learning Wandsworth",
    "Kensington and Chelsea": "Kensington and Chelsea College",
    "Bexley": "Bexley Adult Education",
    "Kingston upon Thames": "Kingston Adult Education",
    "Enfield": "Enfield Adult Learning",
    "Brent": "Brent Start",
    "Ealing": "Learn Ealing",
    "Greenwich": "Greenwich Community College",
}
LEISURE_OPERATORS = {
    "Harrow": "Harrow Leisure",
    "Hillingdon": "Hillingdon Sport & Leisure",
    "Hounslow": "Lampton Leisure",
    "Wandsworth": "Better (GLL) Wandsworth",
    "Kensington and Chelsea": "Better (GLL) Kensington",
    "Bexley": "Bexley Leisure",
    "Kingston upon Thames": "Kingfisher Leisure",
    "Enfield": "Fusion Lifestyle Enfield",
    "Brent": "Everyone Active Brent",
    "Ealing": "Everyone Active Ealing",
    "Greenwich": "Better (GLL) Greenwich",
}
YMCA_REGIONS = {
    "Harrow": "North London",
    "Hillingdon": "West London",
    "Hounslow": "West London",
    "Wandsworth": "South London",
    "Kensington and Chelsea": "Central London",
    "Bexley": "Thames Gateway",
    "Kingston upon Thames": "St Paul's Group",
    "Enfield": "North London",
    "Brent": "North London",
    "Ealing": "West London",
    "Greenwich": "Thames Gateway",
}
