"""What the services of each category are like: who runs them, what they are called, where they
meet, when, for whom, at what cost, and sentences in the voices providers write in.

Each category has a few **variants** (a stay-and-play is not a dads' group); a variant's names,
opening sentences, ages and eligibility belong together, so a generated service reads as one
coherent thing. Names are deliberately often generic ("Walking Group", "Lunch Club"): the same
name run by different organisations in different places is a hard case dedup must get right.
Placeholders: ``{locality}`` ``{borough}`` ``{org}`` ``{venue}`` ``{day}`` (plural, "Tuesdays")
``{park}``.
"""

from __future__ import annotations

from dataclasses import dataclass

Ages = tuple[int | None, int | None]


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
    """One sentence about the organisation; ``{name}`` is its name."""


@dataclass(frozen=True)
class Variant:
    """One kind of service within a category; empty fields fall back to the template's."""

    names: tuple[str, ...]
    openers: tuple[str, ...]
    ages: tuple[Ages, ...] = ()
    eligibility: tuple[str, ...] = ()
    providers: tuple[Provider, ...] = ()
    schedule: tuple[str, ...] = ()
    costs: tuple[str, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class Template:
    variants: tuple[Variant, ...]
    providers: tuple[Provider, ...]
    venues: tuple[str, ...]
    """Venue kinds, see ``VENUE_KINDS``."""
    schedule: tuple[str, ...]
    """Schedule kinds, see ``world.Generator._schedule``."""
    costs: tuple[str, ...]
    ages: tuple[Ages, ...]
    eligibility: tuple[str, ...]
    details: tuple[str, ...]
    referral: tuple[str, ...]


CAB = Provider(
    "Citizens Advice {borough}",
    "borough",
    aliases=("{borough} CAB", "Citizens Advice Bureau {borough}", "{borough} Citizens Advice"),
    about="{name} gives free, independent, confidential and impartial advice to everyone.",
)
AGE_UK = Provider(
    "Age UK {borough}",
    "borough",
    aliases=("Age Concern {borough}", "AgeUK {borough}"),
    about="{name} is the local independent charity working with and for older people.",
)
MIND = Provider(
    "Mind in {borough}",
    "borough",
    aliases=("{borough} Mind", "MIND {borough}"),
    about="{name} is an independent local mental health charity affiliated to national Mind.",
)
CARERS = Provider(
    "{borough} Carers Centre",
    "borough",
    aliases=("{borough} Carers", "Carers Centre ({borough})"),
    about="{name} has supported unpaid carers of all ages since 1994.",
)
MENCAP = Provider(
    "{borough} Mencap",
    "borough",
    aliases=("Mencap {borough}",),
    about="{name} is run by and for people with a learning disability and their families.",
)
ALZ = Provider(
    "Alzheimer's Society",
    "national",
    aliases=("Alzheimers Society", "The Alzheimer's Society"),
    about="{name} is the UK's leading dementia charity.",
)
CRUSE = Provider(
    "Cruse Bereavement Support",
    "national",
    aliases=("Cruse Bereavement Care", "Cruse"),
    about="{name} offers support, advice and information when someone dies.",
)
NHS_MH = Provider(
    "{borough} Talking Therapies",
    "borough",
    kind="nhs",
    aliases=("{borough} IAPT", "NHS {borough} Talking Therapies"),
)
COUNCIL = Provider("{council}", "borough", kind="council", aliases=("{borough} Council",))
HOMESTART = Provider(
    "Home-Start {borough}",
    "borough",
    aliases=("Homestart {borough}", "Home Start {borough}"),
    about="{name} volunteers support families with young children through tough times.",
)
COMMUNITY_ASSOC = Provider(
    "{locality} Community Association",
    "locality",
    kind="community",
    aliases=("{locality} Comm. Assoc.", "{locality} CA"),
    about="{name} is a resident-led charity running activities for all ages.",
)
CHURCH = Provider("{church}", "unique", kind="faith")
MOSQUE = Provider("{locality} Islamic Centre", "locality", kind="faith")
GURDWARA = Provider("{locality} Gurdwara Sahib", "locality", kind="faith")
FOODBANK = Provider(
    "{locality} Foodbank",
    "locality",
    aliases=("{locality} Food Bank", "{locality} Foodbank (Trussell Trust)"),
    about="{name} is part of the Trussell Trust network of food banks.",
)
YMCA = Provider("YMCA {region}", "borough", aliases=("Y.M.C.A. {region}",))
LEISURE = Provider("{leisure_operator}", "borough", kind="business")
SMOKEFREE = Provider(
    "Smokefree {borough}",
    "borough",
    kind="nhs",
    aliases=("{borough} Stop Smoking Service", "Stop Smoking {borough}"),
)
RDA = Provider(
    "{rda_group} Riding for the Disabled Group",
    "unique",
    aliases=("{rda_group} RDA", "{rda_group} Riding for the Disabled Association"),
    about="{name} is a member group of Riding for the Disabled Association.",
)
LOCAL_CHARITY = Provider("{charity}", "unique")
SHELTER = Provider("Shelter London", "national", aliases=("Shelter",))
WOMENS_AID = Provider("{borough} Women's Aid", "borough", aliases=("{borough} Womens Aid",))
COLLEGE = Provider("{college}", "borough", kind="council")
VOLUNTEER_CENTRE = Provider(
    "Volunteer Centre {borough}",
    "borough",
    aliases=("{borough} Volunteer Centre", "{borough} CVS"),
)
DRUGS = Provider(
    "{borough} Recovery Service",
    "borough",
    kind="nhs",
    aliases=("{borough} Drug and Alcohol Service",),
)
AA = Provider("Alcoholics Anonymous", "national", aliases=("AA",))

ADULTS: tuple[Ages, ...] = ((18, None), (16, None))
ALL_AGES: tuple[Ages, ...] = ((None, None),)
OLDER: tuple[Ages, ...] = ((60, None), (55, None), (65, None), (50, None))

TEMPLATES: dict[str, Template] = {
    "debt-advice": Template(
        variants=(
            Variant(
                ("Debt Advice", "Money and Debt Advice Service", "Money Advice", "Debt Clinic"),
                (
                    "Worried about debt? Our trained advisers can help you take control of your "
                    "money.",
                    "Free, confidential debt advice for anyone living in {borough}.",
                    "We help people who are struggling with bills, rent arrears, council tax, "
                    "credit cards and loans.",
                    "{org} offers specialist casework for people in serious debt, including help "
                    "with bankruptcy and Debt Relief Orders.",
                ),
                weight=3,
            ),
            Variant(
                ("Debt Advice Drop-in", "Money Matters Drop-in"),
                (
                    "If you are behind with your bills or being chased by bailiffs, drop in and "
                    "talk to us.",
                    "No appointment needed: come to our weekly drop-in for help with debts and "
                    "money worries.",
                ),
                schedule=("dropin",),
            ),
            Variant(
                ("Financial Wellbeing Service", "Money Coaching"),
                (
                    "Our money coaches help you build a budget, cut your bills and plan ahead.",
                    "Take control of your finances with one-to-one money coaching.",
                ),
            ),
        ),
        providers=(CAB, CAB, CAB, AGE_UK, LOCAL_CHARITY, COUNCIL, CHURCH),
        venues=("office", "community_centre", "library", "church_hall"),
        schedule=("office", "office", "appointment"),
        costs=("Free",),
        ages=((18, None), (16, None), (None, None)),
        eligibility=(
            "Residents of {borough}.",
            "Anyone who lives, works or studies in {borough}.",
            "Adults in {borough}; priority for people on low incomes.",
        ),
        details=(
            "An adviser will go through your income and outgoings and help you draw up a budget.",
            "We can contact your creditors on your behalf and negotiate affordable repayments.",
            "We can also check that you are getting all the benefits you are entitled to.",
            "Appointments are available face to face, by phone and by video call.",
            "Please bring any letters from creditors and recent bank statements.",
            "Interpreters can be arranged - please tell us when you book.",
            "Our advisers hold the Money Advice Quality Mark.",
        ),
        referral=("Self-referral by phone or drop in.", "Book online or call the adviceline."),
    ),
    "benefits-advice": Template(
        variants=(
            Variant(
                ("Welfare Benefits Advice", "Benefits Advice", "Welfare Rights Service"),
                (
                    "Our welfare rights advisers help with benefit claims, reviews and appeals.",
                    "We support people to apply for the benefits they are entitled to and "
                    "challenge decisions that are wrong.",
                    "Free help filling in benefit forms, including PIP and ESA forms.",
                ),
                weight=2,
            ),
            Variant(
                ("Benefits Check", "Pension Credit Check"),
                (
                    "Not sure what you can claim? We can do a full benefits check for you.",
                    "Many older people miss out on Pension Credit and Attendance Allowance - "
                    "let us check what you could be getting.",
                ),
                ages=((60, None), (65, None)),
                eligibility=("Older people (60+) and their carers.",),
                providers=(AGE_UK,),
            ),
            Variant(
                ("Universal Credit Help to Claim", "Universal Credit Support"),
                (
                    "Help to make a Universal Credit claim, from setting up your account to your "
                    "first payment.",
                ),
                providers=(CAB, COUNCIL),
            ),
        ),
        providers=(CAB, CAB, AGE_UK, COUNCIL, MIND, LOCAL_CHARITY),
        venues=("office", "library", "community_centre"),
        schedule=("office", "dropin", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None)),
        eligibility=(
            "Anyone living in {borough}.",
            "People with a disability or long-term health condition.",
        ),
        details=(
            "We can represent you at tribunal if your claim has been refused.",
            "Home visits are available for people who cannot get to the office.",
            "We also help with grants, Blue Badge applications and council tax support.",
            "Bring your National Insurance number and any letters from the DWP.",
            "Advice is available in English, Gujarati, Tamil, Polish and Somali.",
        ),
        referral=("Self-referral.", "Referral from a professional or self-referral."),
    ),
    "employment-support": Template(
        variants=(
            Variant(
                ("Job Club", "Jobs Club", "Work Club"),
                (
                    "Looking for work? Our job club helps you write a CV, search for vacancies "
                    "and prepare for interviews.",
                    "The {locality} job club meets every week - drop in, use the computers and "
                    "get help with applications.",
                ),
                schedule=("weekly",),
                weight=2,
            ),
            Variant(
                ("Employment Support", "Back to Work Support", "Work and Skills Hub"),
                (
                    "One-to-one support from an employment adviser to help you find and keep a "
                    "job.",
                    "We help people who have been out of work for a long time get back into "
                    "employment.",
                    "Free support for {borough} residents who want to find work, change career "
                    "or improve their skills.",
                ),
                weight=2,
            ),
            Variant(
                ("Supported Employment Service",),
                (
                    "Our supported employment team works with people with learning disabilities "
                    "and autism to find paid work.",
                ),
                eligibility=("Adults with a learning disability or autism.",),
                providers=(MENCAP, COUNCIL, LOCAL_CHARITY),
            ),
            Variant(
                ("Employment Support for People with Mental Health Needs", "IPS Employment"),
                (
                    "Individual Placement and Support (IPS) helps people using mental health "
                    "services find and keep work.",
                ),
                eligibility=("Adults using secondary mental health services in {borough}.",),
                providers=(MIND,),
            ),
            Variant(
                ("Youth Employment Hub", "Careers Advice for Young People"),
                ("Careers advice, apprenticeships and job search help for young people.",),
                ages=((16, 24), (16, 25)),
                eligibility=("Young people aged 16-24 not in education, employment or training.",),
                providers=(YMCA, COUNCIL, LOCAL_CHARITY),
            ),
        ),
        providers=(LOCAL_CHARITY, COUNCIL, COMMUNITY_ASSOC, CHURCH),
        venues=("office", "library", "community_centre"),
        schedule=("weekly", "office", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None), (18, 64)),
        eligibility=(
            "Unemployed residents of {borough} aged 16 and over.",
            "People on Universal Credit or ESA.",
        ),
        details=(
            "We have links with local employers and hear about jobs before they are advertised.",
            "Help with CVs, application forms, interview practice and confidence building.",
            "We can help with travel costs to interviews and the first month of work.",
            "In-work support is available once you start your new job.",
            "Computers and free Wi-Fi are available for job searching.",
        ),
        referral=("Self-referral or via your Work Coach.", "Drop in, no appointment needed."),
    ),
    "walking-groups": Template(
        variants=(
            Variant(
                ("Walking Group", "Health Walk", "{locality} Health Walk", "Wellbeing Walks"),
                (
                    "A friendly, free, led walk of about an hour at an easy pace.",
                    "Walking is one of the easiest ways to get more active, meet people and "
                    "feel better.",
                    "Our walks are part of the Ramblers Wellbeing Walks scheme and are open to "
                    "everyone.",
                    "Get out in the fresh air with others - walks are short, flat and on good "
                    "paths.",
                ),
                weight=4,
            ),
            Variant(
                ("{park} Park Walk", "Walk and Talk"),
                (
                    "Join our volunteer walk leaders for a gentle stroll around {park} Park "
                    "followed by a cuppa.",
                    "Walk and Talk: a gentle walk where you can chat about how you're feeling.",
                ),
            ),
            Variant(
                ("Nordic Walking",),
                (
                    "Nordic walking uses poles to give your whole body a workout; poles can be "
                    "borrowed.",
                ),
                costs=("£3 per session", "£4 (poles provided)"),
            ),
            Variant(
                ("Buggy Walk", "Pram Walk"),
                ("A sociable walk for parents and carers with babies in buggies or slings.",),
                ages=((None, None),),
                eligibility=("Parents and carers with babies and toddlers.",),
            ),
        ),
        providers=(COUNCIL, COMMUNITY_ASSOC, MIND, LOCAL_CHARITY, CHURCH, AGE_UK),
        venues=("park",),
        schedule=("weekly",),
        costs=("Free", "Free", "Free (donations welcome)"),
        ages=((None, None), (18, None), (50, None)),
        eligibility=("Open to all.", "Adults of all fitness levels."),
        details=(
            "Meet at the main gate; wear comfortable shoes and bring water.",
            "Walks go ahead in most weathers.",
            "No need to book, just turn up.",
            "Suitable for beginners and people recovering from illness.",
            "Most walks end at a café where you can stay for a chat.",
            "Walks are around 2 miles and take about 60 minutes.",
        ),
        referral=("Just turn up.", "No referral needed."),
    ),
    "stop-smoking": Template(
        variants=(
            Variant(
                ("Stop Smoking Service", "Quit Smoking Support", "Smokefree Support"),
                (
                    "You are three times more likely to quit with support from a stop smoking "
                    "adviser.",
                    "Free one-to-one support to help you stop smoking, including nicotine "
                    "replacement therapy.",
                    "Want to quit? Get free expert help from the NHS stop smoking service.",
                ),
                weight=2,
            ),
            Variant(
                ("Stop Smoking Clinic", "Stop Smoking Drop-in"),
                (
                    "Weekly clinic with a trained adviser: come along, no appointment needed.",
                    "Our advisers will support you for 12 weeks, with free vapes or patches.",
                ),
                schedule=("dropin", "weekly"),
            ),
        ),
        providers=(SMOKEFREE, SMOKEFREE, COUNCIL),
        venues=("health_centre", "library", "office"),
        schedule=("office", "appointment"),
        costs=("Free", "Free; prescription charges may apply for medication"),
        ages=((12, None), (16, None), (18, None)),
        eligibility=(
            "Anyone who lives, works or is registered with a GP in {borough}.",
            "Smokers aged 12 and over.",
        ),
        details=(
            "We offer a free vape starter kit under the national Swap to Stop scheme.",
            "Carbon monoxide readings each week help you see your progress.",
            "Pregnant smokers get extra support from our specialist midwife adviser.",
            "Sessions are available in Hindi, Urdu, Punjabi and Bengali.",
            "Evening and Saturday appointments are available.",
        ),
        referral=("Self-referral or referral by your GP or pharmacist.",),
    ),
    "learning-disability-day": Template(
        variants=(
            Variant(
                ("Day Centre", "Day Opportunities", "Adult Day Service", "{locality} Day Centre"),
                (
                    "A friendly day service for adults with learning disabilities, offering a "
                    "wide range of activities.",
                    "Our day opportunities include arts and crafts, cooking, music, gardening "
                    "and trips out.",
                    "A person-centred day service where everyone chooses their own timetable.",
                ),
                weight=3,
            ),
            Variant(
                ("Life Skills Centre", "Community Hub Day Service"),
                (
                    "We support adults with learning disabilities and autism to learn new "
                    "skills, make friends and take part in their community.",
                ),
            ),
            Variant(
                ("PMLD Day Service", "{locality} Resource Centre"),
                (
                    "We provide day support for adults with profound and multiple learning "
                    "disabilities (PMLD).",
                ),
                providers=(COUNCIL,),
            ),
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
        eligibility=(
            "Adults (18+) with a learning disability who live in {borough}.",
            "Adults with learning disabilities and autism; a needs assessment is required.",
        ),
        details=(
            "We have a sensory room, a fully accessible kitchen and a Changing Places toilet.",
            "Transport can be arranged from home for people who need it.",
            "Staff are trained in positive behaviour support, epilepsy care and PEG feeding.",
            "Lunch is available, or bring your own.",
            "Families are welcome to visit before starting.",
        ),
        referral=(
            "Referral through the council's adult social care team or your care manager.",
            "Self-funders can contact us directly.",
        ),
    ),
    "riding-for-disabled": Template(
        variants=(
            Variant(
                ("Riding for the Disabled", "RDA Riding Sessions", "Therapeutic Riding"),
                (
                    "We provide riding for children and adults with disabilities.",
                    "Riding helps with balance, posture, confidence and communication - and it "
                    "is great fun.",
                    "Our qualified RDA coaches and volunteers support riders of all abilities.",
                ),
                weight=3,
            ),
            Variant(
                ("Carriage Driving for Disabled People",),
                (
                    "Carriage driving lets wheelchair users enjoy horses without leaving their "
                    "chair.",
                ),
                ages=((8, None),),
            ),
        ),
        providers=(RDA,),
        venues=("stables",),
        schedule=("weekly",),
        costs=("£15 per session", "£20 per ride; bursaries available", "£12 per session"),
        ages=((4, None), (5, None)),
        eligibility=(
            "Children and adults with a physical or learning disability.",
            "Disabled people aged 4 and over; a doctor's consent form is needed.",
        ),
        details=(
            "Sessions take place in the riding school's indoor arena so they run all year.",
            "A mounting block and hoist are available.",
            "Riders must be under 16 stone (101 kg).",
            "There is usually a waiting list; please contact us to add your name.",
            "We always need volunteers - no experience with horses required.",
        ),
        referral=("Contact the group organiser.",),
    ),
    "digital-skills": Template(
        variants=(
            Variant(
                ("IT Skills Classes", "Computer Classes for Beginners", "Computer Club"),
                (
                    "Learn how to use a computer, tablet or smartphone at your own pace.",
                    "A relaxed class for complete beginners who want to build confidence with "
                    "technology.",
                ),
                weight=2,
            ),
            Variant(
                ("Digital Skills Drop-in", "Tech Help Sessions", "Digital Champions"),
                (
                    "Our digital champions can help you with the NHS App, Universal Credit "
                    "journals and booking GP appointments online.",
                    "Bring your own device and get help with whatever you are stuck on.",
                ),
                schedule=("dropin", "weekly"),
                costs=("Free",),
            ),
            Variant(
                ("Get Online", "Silver Surfers", "Learn My Way Sessions"),
                (
                    "Free help to get online: email, video calls, online shopping and staying "
                    "safe online.",
                ),
                ages=OLDER,
                eligibility=("Older people who want to get online.",),
                providers=(AGE_UK, COUNCIL, COMMUNITY_ASSOC),
            ),
        ),
        providers=(COUNCIL, COLLEGE, COMMUNITY_ASSOC, LOCAL_CHARITY, CHURCH),
        venues=("library", "community_centre", "college"),
        schedule=("weekly", "term"),
        costs=("Free", "Free", "£2 per session", "Free for residents on benefits, £45 per term"),
        ages=((16, None), (19, None)),
        eligibility=(
            "Adults living in {borough}.",
            "Anyone aged 19+; free for those on low income.",
        ),
        details=(
            "Classes are small, with no more than 8 learners.",
            "Laptops and tablets are provided.",
            "We can lend you a tablet and data to use at home.",
            "Courses lead to an Essential Digital Skills qualification.",
            "One-to-one appointments are available for people who prefer them.",
        ),
        referral=("Book at the library or call us.", "Just drop in."),
    ),
    "carers-support": Template(
        variants=(
            Variant(
                ("Carers Support Group", "Carers' Support Group", "Carers Café"),
                (
                    "A friendly peer support group where carers can share experiences and have "
                    "a break.",
                    "Caring for someone can be isolating - come and meet other carers over tea "
                    "and cake.",
                ),
                schedule=("monthly", "weekly"),
                weight=3,
            ),
            Variant(
                ("Carers Support", "Carers Assessment and Advice", "Carers Wellbeing Service"),
                (
                    "Are you looking after someone? We offer information, advice and a "
                    "listening ear for unpaid carers.",
                    "We can help you with a carer's assessment, benefits, breaks and planning "
                    "for emergencies.",
                ),
                schedule=("office",),
                providers=(CARERS, COUNCIL),
                weight=2,
            ),
            Variant(
                ("Young Carers Project", "Young Carers Club"),
                (
                    "Young carers aged 5 to 18 can have fun, make friends and get support at "
                    "our clubs and trips.",
                ),
                ages=((5, 18), (8, 18)),
                eligibility=("Young carers aged 5-18.",),
                providers=(CARERS,),
            ),
            Variant(
                ("Parent Carers Forum", "Parent Carers Coffee Morning"),
                ("A group run by and for parents and carers of disabled children.",),
                ages=ALL_AGES,
                eligibility=("Parents and carers of disabled children.",),
                providers=(MENCAP, LOCAL_CHARITY),
            ),
        ),
        providers=(CARERS, CARERS, AGE_UK, MIND, ALZ),
        venues=("office", "community_centre", "church_hall"),
        schedule=("monthly", "weekly"),
        costs=("Free",),
        ages=((18, None),),
        eligibility=("Unpaid carers living in {borough} or caring for someone who does.",),
        details=(
            "We run regular pamper days, trips and workshops for carers.",
            "Replacement care can be arranged so you can attend.",
            "Register with us to receive our newsletter and a Carers Emergency Card.",
            "Sessions are led by a carers support worker.",
            "We also offer counselling for carers.",
        ),
        referral=("Self-referral.", "Referral by any professional or self-referral."),
    ),
    "food-banks": Template(
        variants=(
            Variant(
                (
                    "Food Bank",
                    "Foodbank",
                    "Food Bank Distribution Centre",
                    "Emergency Food Parcels",
                ),
                (
                    "We provide three days' emergency food to local people in crisis.",
                    "Emergency food parcels, toiletries and baby items for anyone who needs them.",
                    "Our volunteers welcome you with a hot drink while your parcel is prepared.",
                ),
                weight=4,
            ),
            Variant(
                ("Community Pantry", "Social Supermarket"),
                (
                    "A community pantry where members can choose £20 worth of food for a small "
                    "weekly fee.",
                ),
                costs=("£5 per week membership", "£3.50 per visit"),
                providers=(COMMUNITY_ASSOC, LOCAL_CHARITY, CHURCH),
            ),
            Variant(
                ("Community Fridge",),
                ("Surplus food from local supermarkets is available free - no questions asked.",),
                providers=(COMMUNITY_ASSOC, MOSQUE, GURDWARA),
            ),
        ),
        providers=(FOODBANK, FOODBANK, FOODBANK, CHURCH, MOSQUE),
        venues=("church_hall", "community_centre"),
        schedule=("weekly",),
        costs=("Free",),
        ages=ALL_AGES,
        eligibility=("Anyone in food crisis.", "Residents of {borough} with a foodbank voucher."),
        details=(
            "You need a foodbank voucher from a referral agency such as Citizens Advice, your "
            "GP or a social worker.",
            "We can also signpost you to help with money, debt and benefits.",
            "Halal and vegetarian food is available.",
            "Please bring your own bags.",
            "Fuel vouchers are sometimes available.",
        ),
        referral=("Foodbank voucher from a referral agency.", "No referral needed."),
    ),
    "mental-health-peer-support": Template(
        variants=(
            Variant(
                ("Peer Support Group", "Mental Health Peer Support", "Wellbeing Café"),
                (
                    "A safe, welcoming space to talk with people who understand what you are "
                    "going through.",
                    "Our peer support groups are run by people with their own lived experience "
                    "of mental ill health.",
                ),
                weight=3,
            ),
            Variant(
                ("Recovery College Courses",),
                (
                    "Free recovery and wellbeing courses co-produced by people with lived "
                    "experience and professionals.",
                ),
                schedule=("term",),
            ),
            Variant(
                ("Hearing Voices Group",),
                ("A peer support group for people who hear voices or see visions.",),
            ),
            Variant(
                ("Men's Mental Health Group", "Men's Talking Group"),
                ("Men's group: talk, listen and support each other. No pressure to share.",),
                eligibility=("Men aged 18 and over.",),
                schedule=("evening",),
            ),
            Variant(
                ("Crisis Café", "Safe Haven"),
                (
                    "An out-of-hours safe space for adults in emotional distress - no "
                    "appointment needed.",
                ),
                schedule=("evening",),
            ),
        ),
        providers=(MIND, MIND, MIND, LOCAL_CHARITY, COMMUNITY_ASSOC, CHURCH),
        venues=("community_centre", "office", "church_hall"),
        schedule=("weekly",),
        costs=("Free",),
        ages=((18, None), (16, None)),
        eligibility=("Adults in {borough}.", "Anyone experiencing mental distress."),
        details=(
            "Groups are facilitated by trained peer workers.",
            "You don't need a diagnosis to come along.",
            "Tea, coffee and snacks provided.",
            "We can also help you find other services such as counselling.",
            "Sessions are also available online via Zoom.",
        ),
        referral=("Self-referral.", "Drop in; no referral needed."),
    ),
    "talking-therapies": Template(
        variants=(
            Variant(
                ("Talking Therapies", "NHS Talking Therapies", "Psychological Therapies Service"),
                (
                    "Free NHS talking therapies for stress, anxiety, depression, phobias and OCD.",
                    "Cognitive behavioural therapy (CBT), counselling and guided self-help.",
                    "Feeling low or anxious? You can refer yourself for therapy - you don't "
                    "need to see your GP first.",
                ),
                providers=(NHS_MH,),
                costs=("Free on the NHS",),
                weight=2,
            ),
            Variant(
                ("Counselling Service", "Low Cost Counselling"),
                (
                    "We offer short-term counselling to help you work through difficult feelings.",
                    "Low-cost counselling with qualified and trainee counsellors.",
                ),
                providers=(MIND, LOCAL_CHARITY, CHURCH),
                costs=("Sliding scale £10-£40 per session depending on income", "Free"),
            ),
        ),
        providers=(NHS_MH,),
        venues=("health_centre", "office"),
        schedule=("office", "appointment"),
        costs=("Free",),
        ages=((18, None), (16, None), (17, None)),
        eligibility=(
            "Adults registered with a GP in {borough}.",
            "Anyone aged 16+ living in {borough}.",
        ),
        details=(
            "Therapy is offered face to face, by phone, by video or through online courses.",
            "Sessions are usually weekly, for 6 to 12 weeks.",
            "Therapy is available in a range of languages and with interpreters.",
            "Evening appointments are available.",
            "We also offer support for people with long-term health conditions.",
        ),
        referral=("Self-referral online or by phone, or ask your GP.",),
    ),
    "bereavement": Template(
        variants=(
            Variant(
                ("Bereavement Support", "Bereavement Counselling"),
                (
                    "Support for anyone who has been bereaved, however long ago the death was.",
                    "Our trained volunteers offer one-to-one bereavement support.",
                    "Grief can be overwhelming. Talking to someone can help.",
                ),
                schedule=("appointment", "office"),
                weight=2,
            ),
            Variant(
                ("Bereavement Café", "Bereavement Support Group", "Living with Loss Group"),
                ("A monthly café where bereaved people can meet others who understand.",),
                schedule=("monthly",),
                weight=2,
            ),
            Variant(
                ("Child Bereavement Service", "Young People's Bereavement Support"),
                ("Support for children and young people who have lost someone close to them.",),
                ages=((5, 18), (4, 25)),
                eligibility=("Children and young people up to 18 and their families.",),
                providers=(LOCAL_CHARITY,),
                schedule=("appointment",),
            ),
        ),
        providers=(CRUSE, CRUSE, CHURCH, LOCAL_CHARITY, AGE_UK),
        venues=("office", "church_hall", "community_centre"),
        schedule=("appointment",),
        costs=("Free", "Free (donations welcome)"),
        ages=((18, None), (None, None)),
        eligibility=("Anyone who has been bereaved.",),
        details=(
            "Support is usually six sessions, face to face or by phone.",
            "There is often a short waiting list for one-to-one support.",
            "Just come along - you don't need to book.",
            "Our national helpline is also available.",
        ),
        referral=("Self-referral by phone.", "Contact us to arrange an assessment."),
    ),
    "housing-advice": Template(
        variants=(
            Variant(
                ("Housing Options", "Homelessness Prevention Service"),
                (
                    "If you are homeless or at risk of losing your home, contact the Housing "
                    "Options team as soon as possible.",
                ),
                providers=(COUNCIL,),
                weight=2,
            ),
            Variant(
                ("Housing Advice", "Housing Advice Drop-in", "Private Renters Advice"),
                (
                    "Free advice for private renters about repairs, deposits and eviction.",
                    "Expert housing advice and legal help to prevent homelessness.",
                    "Our advisers can help with rent arrears, disrepair, and applying for "
                    "social housing.",
                ),
                providers=(SHELTER, CAB, LOCAL_CHARITY),
                weight=2,
            ),
            Variant(
                ("Tenancy Sustainment",),
                ("We help tenants who are struggling to keep their tenancy.",),
                providers=(LOCAL_CHARITY, COUNCIL),
            ),
        ),
        providers=(COUNCIL,),
        venues=("office", "civic_centre"),
        schedule=("office", "dropin", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None)),
        eligibility=("Residents of {borough}.", "Anyone homeless or at risk in {borough}."),
        details=(
            "Out-of-hours emergency line available if you are homeless tonight.",
            "We can help you apply to the housing register.",
            "Support is available for people leaving prison or hospital.",
            "Bring ID, proof of income and any letters from your landlord.",
        ),
        referral=("Self-referral.", "Call or visit us."),
    ),
    "befriending": Template(
        variants=(
            Variant(
                ("Befriending Service", "Befriending", "Telephone Befriending"),
                (
                    "Feeling lonely? A volunteer befriender can visit you at home or call you "
                    "every week.",
                    "Regular friendly phone calls for older people who live alone.",
                ),
                ages=OLDER,
                eligibility=("Older people living alone in {borough}.",),
                providers=(AGE_UK, LOCAL_CHARITY),
                schedule=("office",),
                weight=3,
            ),
            Variant(
                ("Coffee Morning", "Friendship Club", "Chatter Bench Café"),
                (
                    "Our weekly coffee morning is a chance to meet neighbours and make new "
                    "friends.",
                    "A friendly club for anyone who would like more company.",
                ),
                costs=("Free", "£1.50 for tea and cake", "Free (donations welcome)"),
                weight=3,
            ),
            Variant(
                ("Men's Shed",),
                ("A Men's Shed is a space where men can share skills, make things and chat.",),
                ages=((18, None),),
                eligibility=("Men aged 18+ (some sheds welcome everyone).",),
                providers=(COMMUNITY_ASSOC, LOCAL_CHARITY),
            ),
            Variant(
                ("Good Neighbours Scheme",),
                ("Good Neighbours volunteers help with small jobs, shopping and companionship.",),
                providers=(COMMUNITY_ASSOC, CHURCH),
            ),
        ),
        providers=(AGE_UK, COMMUNITY_ASSOC, CHURCH, LOCAL_CHARITY),
        venues=("community_centre", "church_hall", "library"),
        schedule=("weekly",),
        costs=("Free",),
        ages=((None, None), (18, None)),
        eligibility=("Open to everyone.",),
        details=(
            "All our volunteers are DBS-checked and trained.",
            "We match you with a volunteer who shares your interests.",
            "Transport can be arranged for people with mobility problems.",
            "The group organises occasional outings and lunches.",
        ),
        referral=("Self-referral, or referral by family, GP or social worker.", "Drop in."),
    ),
    "exercise-older-people": Template(
        variants=(
            Variant(
                ("Chair Based Exercise", "Seated Exercise"),
                ("Seated exercises to music - great for people with limited mobility.",),
                weight=2,
            ),
            Variant(
                ("Strength and Balance Class", "Falls Prevention Exercise"),
                (
                    "A gentle exercise class to improve strength, balance and mobility.",
                    "Keep active, keep independent: our evidence-based strength and balance "
                    "course runs for 24 weeks.",
                ),
                eligibility=("Older people at risk of falls.",),
                weight=2,
            ),
            Variant(
                ("Tai Chi for Beginners", "Gentle Yoga"),
                (
                    "Tai chi is a gentle, flowing exercise that helps balance and reduces falls.",
                    "Gentle yoga for older adults, with chairs for support.",
                ),
            ),
            Variant(
                ("Over 50s Keep Fit", "Walking Football", "Aqua Fit for Older Adults"),
                ("A fun, sociable class for the over 50s. All abilities welcome.",),
                ages=((50, None),),
                providers=(LEISURE, COMMUNITY_ASSOC),
                eligibility=("Over 50s.",),
            ),
        ),
        providers=(AGE_UK, LEISURE, COMMUNITY_ASSOC, COUNCIL, CHURCH),
        venues=("community_centre", "leisure_centre", "church_hall"),
        schedule=("weekly",),
        costs=("£3 per session", "£4", "Free", "£2.50 (first session free)", "£5; £3 concessions"),
        ages=((60, None), (55, None), (65, None)),
        eligibility=("Adults aged 60 and over.",),
        details=(
            "Classes are led by a qualified postural stability instructor.",
            "Wear loose clothing and bring a bottle of water.",
            "Tea and biscuits after the class.",
            "Please speak to your GP first if you have a heart condition.",
            "The hall is accessible and has a hearing loop.",
        ),
        referral=("Just turn up.", "Referral from a physiotherapist or self-referral."),
    ),
    "dementia-cafes": Template(
        variants=(
            Variant(
                ("Dementia Café", "Memory Café", "Forget-Me-Not Café"),
                (
                    "A friendly café for people living with dementia and the people who care "
                    "for them.",
                    "Our memory café offers activities, reminiscence, music and a warm welcome.",
                ),
                weight=3,
            ),
            Variant(
                ("Singing for the Brain",),
                (
                    "Singing for the Brain uses singing to bring people together in a fun and "
                    "friendly social environment.",
                ),
                providers=(ALZ,),
            ),
            Variant(
                ("Dementia Support Group", "Dementia Adviser Service"),
                ("Meet others, share experiences and get information from our dementia adviser.",),
                providers=(ALZ, AGE_UK, CARERS),
            ),
        ),
        providers=(ALZ, ALZ, AGE_UK, CHURCH, LOCAL_CHARITY),
        venues=("church_hall", "community_centre", "library"),
        schedule=("monthly", "weekly"),
        costs=("Free", "£2 per person", "Free (donations welcome)"),
        ages=((None, None),),
        eligibility=(
            "People living with dementia or memory problems and their carers.",
            "Anyone affected by dementia.",
        ),
        details=(
            "Carers and family members are welcome to come too.",
            "There is a guest speaker most months.",
            "Volunteers are on hand to help.",
            "No need to book.",
            "Information about local services is available at every session.",
        ),
        referral=("Just come along.", "Please call before your first visit."),
    ),
    "parent-toddler": Template(
        variants=(
            Variant(
                ("Stay and Play", "Stay & Play", "Parent and Toddler Group", "Toddler Group"),
                (
                    "A friendly group for parents and carers with babies and toddlers.",
                    "A relaxed stay and play session - meet other parents and let the children "
                    "play.",
                ),
                weight=4,
            ),
            Variant(
                ("Rhyme Time", "Baby Rhyme Time"),
                ("Songs, stories and rhymes for under 5s and their grown-ups.",),
                providers=(COUNCIL,),
            ),
            Variant(
                ("Messy Play",),
                ("Messy play, crafts, toys and a snack - come and have fun with your little one.",),
            ),
            Variant(
                ("Baby and Toddler Group", "Baby Group"),
                ("A calm group for parents with babies under one.",),
                ages=((0, 1),),
                eligibility=("Parents and carers with babies 0-12 months.",),
            ),
            Variant(
                ("Dads' Group",),
                ("A Saturday morning group for dads and male carers and their children.",),
                eligibility=("Dads and male carers with children under 5.",),
            ),
        ),
        providers=(CHURCH, CHURCH, COUNCIL, COMMUNITY_ASSOC, HOMESTART, LOCAL_CHARITY),
        venues=("church_hall", "community_centre", "library", "childrens_centre"),
        schedule=("term", "weekly"),
        costs=("£2 per family", "Free", "£1.50 including snack", "£3 per child"),
        ages=((0, 5), (0, 4)),
        eligibility=("Parents and carers with children under 5.",),
        details=(
            "Term time only.",
            "Healthy snack and drinks provided.",
            "Buggy parking available.",
            "Children must be accompanied by an adult at all times.",
            "Health visitors attend once a month.",
        ),
        referral=("Just turn up.", "Book on the app; walk-ins welcome if space."),
    ),
    "youth-clubs": Template(
        variants=(
            Variant(
                ("Youth Club", "Youth Centre", "Teen Club"),
                (
                    "A safe, fun place for young people to hang out, make friends and try new "
                    "things.",
                    "Sports, music, cooking, gaming and trips - run by qualified youth workers.",
                ),
                weight=4,
            ),
            Variant(
                ("Junior Youth Club",),
                ("Games, crafts, sport and a tuck shop for juniors.",),
                ages=((8, 13),),
                eligibility=("Children aged 8-13.",),
            ),
            Variant(
                ("Inclusive Youth Club",),
                ("An inclusive youth club for young people with and without disabilities.",),
                ages=((11, 25),),
                eligibility=("Young people aged 11-25 with or without SEND.",),
                providers=(MENCAP, LOCAL_CHARITY, COUNCIL),
            ),
            Variant(
                ("Girls' Group",),
                ("A girls-only space to chat, relax and take part in workshops.",),
                ages=((11, 18),),
                eligibility=("Girls aged 11-18.",),
            ),
            Variant(
                ("Detached Youth Work",),
                (
                    "Our youth workers are out on the streets of {locality} to meet young "
                    "people where they are.",
                ),
                providers=(COUNCIL, YMCA),
            ),
        ),
        providers=(COUNCIL, YMCA, COMMUNITY_ASSOC, CHURCH, LOCAL_CHARITY),
        venues=("youth_centre", "community_centre", "church_hall"),
        schedule=("evening",),
        costs=("Free", "£1 per session", "£2", "Free; trips extra"),
        ages=((11, 19), (13, 19), (11, 18)),
        eligibility=("Young people aged 11-19 (up to 25 with SEND).",),
        details=(
            "Young people can get help with careers, relationships and staying safe.",
            "Members need a signed consent form from a parent or carer.",
            "We run trips in the school holidays.",
            "A healthy meal is provided at every session.",
        ),
        referral=("Just turn up.", "Register at your first visit."),
    ),
    "domestic-abuse": Template(
        variants=(
            Variant(
                (
                    "Domestic Abuse Support",
                    "Domestic Abuse Outreach Service",
                    "Domestic Abuse Drop-in",
                ),
                (
                    "Confidential support for anyone experiencing domestic abuse.",
                    "Free, confidential advice, safety planning and support through the courts.",
                ),
                weight=2,
            ),
            Variant(
                ("Independent Domestic Violence Advisers (IDVA)",),
                (
                    "Our independent domestic violence advisers support victims at high risk of "
                    "harm.",
                ),
            ),
            Variant(
                ("Freedom Programme",),
                (
                    "The Freedom Programme is a 12-week course for women who have experienced "
                    "domestic abuse.",
                ),
                eligibility=("Women aged 16+.",),
                schedule=("weekly",),
            ),
        ),
        providers=(WOMENS_AID, WOMENS_AID, COUNCIL, LOCAL_CHARITY),
        venues=("office",),
        schedule=("office", "appointment"),
        costs=("Free",),
        ages=((16, None), (18, None)),
        eligibility=("Anyone affected by domestic abuse in {borough}.",),
        details=(
            "If you are in immediate danger, call 999.",
            "Support is available in many languages.",
            "We can help you find safe accommodation.",
            "We also support men and LGBT+ survivors.",
        ),
        referral=("Self-referral or professional referral.",),
    ),
    "esol": Template(
        variants=(
            Variant(
                ("ESOL Classes", "English Classes", "ESOL for Beginners", "English for Work"),
                (
                    "Improve your English speaking, listening, reading and writing.",
                    "ESOL classes from Pre-Entry to Level 2, with a free creche.",
                    "Learn English for everyday life and work.",
                ),
                weight=3,
            ),
            Variant(
                ("English Conversation Club", "Conversation Café"),
                ("Friendly English conversation practice for all levels.",),
                costs=("Free",),
                providers=(COMMUNITY_ASSOC, CHURCH, MOSQUE, LOCAL_CHARITY),
            ),
        ),
        providers=(COLLEGE, COLLEGE, COMMUNITY_ASSOC, LOCAL_CHARITY),
        venues=("college", "library", "community_centre"),
        schedule=("weekly", "term"),
        costs=("Free", "Free for learners on benefits", "£3 per class"),
        ages=((16, None), (19, None)),
        eligibility=("Adults whose first language is not English.",),
        details=(
            "You will have a short assessment to find the right class for you.",
            "A creche is available for children aged 1-4.",
            "Classes are small and friendly.",
            "Certificates are awarded on completion.",
        ),
        referral=("Enrol in person.", "Call us to book an assessment."),
    ),
    "lunch-clubs": Template(
        variants=(
            Variant(
                ("Lunch Club", "Luncheon Club", "Over 60s Lunch Club", "Friday Lunch Club"),
                (
                    "A hot two-course lunch, good company and a game of bingo.",
                    "Our lunch club gives older people the chance to enjoy a freshly cooked "
                    "meal together.",
                ),
                weight=4,
            ),
            Variant(
                ("Community Lunch", "Langar Lunch"),
                ("A free vegetarian community lunch (langar) open to all.",),
                providers=(GURDWARA,),
                costs=("Free",),
                ages=((None, None),),
                eligibility=("Open to all.",),
            ),
        ),
        providers=(AGE_UK, CHURCH, COMMUNITY_ASSOC, LOCAL_CHARITY),
        venues=("community_centre", "church_hall"),
        schedule=("weekly",),
        costs=("£5 for a two-course lunch", "£4.50", "£6 including tea"),
        ages=((60, None), (55, None), (65, None)),
        eligibility=("Older people (60+) living in {borough}.",),
        details=(
            "Special diets can be catered for with notice.",
            "Transport is available for members who cannot get there themselves.",
            "Please book by the Wednesday before.",
            "Entertainment once a month.",
        ),
        referral=("Call to book a place.",),
    ),
    "drug-alcohol": Template(
        variants=(
            Variant(
                ("Drug and Alcohol Service", "Alcohol Support", "Recovery Service"),
                (
                    "Free, confidential support for anyone worried about their drinking or "
                    "drug use.",
                    "We offer assessment, treatment, detox and recovery support.",
                ),
                providers=(DRUGS,),
                weight=2,
            ),
            Variant(
                ("Young People's Substance Misuse Service",),
                (
                    "Support for young people affected by their own or someone else's drug or "
                    "alcohol use.",
                ),
                ages=((11, 24),),
                eligibility=("Young people up to 24.",),
                providers=(DRUGS, LOCAL_CHARITY),
            ),
            Variant(
                ("Alcoholics Anonymous Meeting", "AA Open Meeting"),
                ("An open AA meeting - anyone with a desire to stop drinking is welcome.",),
                providers=(AA,),
                schedule=("evening",),
                eligibility=("Anyone who wants to stop drinking.",),
            ),
        ),
        providers=(DRUGS,),
        venues=("office", "health_centre", "church_hall"),
        schedule=("office", "dropin"),
        costs=("Free",),
        ages=((18, None), (16, None)),
        eligibility=("Adults in {borough}.",),
        details=(
            "Family members and carers can get support too.",
            "Needle exchange and naloxone are available.",
            "Appointments can be at our service or in the community.",
            "Everything you tell us is confidential.",
        ),
        referral=("Self-referral or via GP.", "Just turn up."),
    ),
    "volunteering": Template(
        variants=(
            Variant(
                ("Volunteering Opportunities", "Volunteer Centre", "Volunteering for Wellbeing"),
                (
                    "Find a volunteering role that suits you - from gardening to befriending.",
                    "Volunteering can build skills, confidence and friendships.",
                ),
                providers=(VOLUNTEER_CENTRE,),
                weight=2,
            ),
            Variant(
                ("Community Gardening Volunteers",),
                (
                    "Help keep our green spaces beautiful: no experience needed, all tools "
                    "provided.",
                ),
                schedule=("weekly",),
            ),
            Variant(
                ("Volunteer Drivers Scheme",),
                ("Use your car to help older people get to hospital appointments.",),
                eligibility=("Adults with a full driving licence.",),
                providers=(AGE_UK, LOCAL_CHARITY),
            ),
        ),
        providers=(VOLUNTEER_CENTRE, AGE_UK, COMMUNITY_ASSOC, LOCAL_CHARITY),
        venues=("office", "community_centre", "park"),
        schedule=("office", "weekly"),
        costs=("Free",),
        ages=((16, None), (18, None), (14, None)),
        eligibility=("Anyone aged 16+.",),
        details=(
            "Expenses are paid.",
            "Training is provided.",
            "Supported volunteering is available for people with additional needs.",
            "DBS checks are free for volunteers.",
        ),
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
