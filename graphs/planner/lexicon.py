"""The words the planner reads, and the real words one typing slip from them: the two lists
:mod:`graphs.planner.spelling` corrects misspellings with.

``LEXICON``: every English word of four letters or more in the planner's own phrases (the string constants of
its modules, docstrings left out), its vocabulary, months, weekdays, number words, the verbs of writes it
refuses, and common support topics ("refund", "invoice", "shipping"). ``REAL_WORDS``: the English words
one slip away from a lexicon word (two letters swapped, one dropped or one added) that are words of their
own ("closer" is not a misspelt "closed"; "allow" not a misspelt "allows"), taken from an English word
frequency list (pyspellchecker's, words seen at least 500 times). Made by ``python -m
graphs.planner.lexicon_build`` when the planner's phrases change; ``tests/planner/test_spelling.py`` checks
the lists still cover them.
"""

from __future__ import annotations

LEXICON = frozenset(
    """
    able abort about above access account accounts accurate across action actions activation active activities
    activity actual actually added adding address addresses advance advice affected after again against agent
    agents ages agreed ahead alarm alive allowed allows almost alone along alongside already alright also
    alternatives altogether always amazing amazon amber ambiguous amend america american among amount amounts
    anchor anchored android angry annoyed annual another answer answered answering answers anxious anybody
    anyone anything anyway anyways apart apiece apologies appeared appears applied apply approved april archive
    around arrange arrive arrived arrives arriving articles artifact ascending aside asked asking asks
    assembling assign assigned assigning assignment assignments attach attached attribute attributes audience
    audiences audit august australian authentication author auto autumn available avatar average awaiting away
    awesome awkward back background backlog backs backwards bang banging bank bare bars base basic basically
    basics basis batch beach beams became because been before began begging begin beginning begins behavior
    behaviour behind being believe belong belongs below besides best beta beth better between beyond bigger
    biggest bill billed billing bills bind birthday bits black blank blast blasts block blocking bloke bloody
    blowing board boarding boards bodies body book books border bore boss both bother bottom bounce brazilian
    bread break breakdown breakfast breaking breathing brief brilliant bring british broach broaden broke broken
    brought browser bugging bugs build building bulk bummer bump bunch burger burgers burn burner burning busier
    busiest business businesses busy buyer cache calculate calendar call called caller calling calls calm came
    campaign campaigns canadian cancel cancellation cancellations candidate candidates cannot cant canvas
    capital capped card cards care carry case cases cash catch catching catchy cause cell cent central champion
    champions chance change changed changes changing channel channels chap character characters charge charged
    charger charges charm chart charts chase chasing chat chats chatted chatting cheap cheaper cheat check
    checked checkout cheers chez chinese choose chorus chose christmas chunk chunks churn churned churning
    circle citing city claimed claims clan clash clean cleanup clear clearer click clicked clicking clicks
    client clients clinic clock clocked close closed closes closing closure cloud code coded codes coffee cohort
    cohorts colleague colleagues combine combined come comes coming commands commencing comment comments commit
    commits common compact companies companion companions company compare compared comparing comparison compass
    complain complained complaining complains complaint complaints complete completed completely compose concern
    concerning concession condition conditions condo condos conference confirm confirmation confused connect
    connected connection consent conservation constant consulting contact contacted contacting contacts contain
    containing content contents contest context continue continued continuing contract contracts contrast
    convention conventions conversation conversations conversion convert converts convo convos cool copied copy
    copying core corporation correct corrected correction correspondence could count counted counter counterpart
    counting country counts county couple coupon coupons court courteous courts cover covers coworker coworkers
    crash crashes crashing crass crazy create created creating credentials credit credits crew criteria crowd
    crowded crush curious currency current currently curve custom customer customers cycle czech daily daisy
    damage dame damn dang danish dark dash dashboard data database date dated dates dawn days deactivate
    deadlines deal dealing deals dealt debit debrief december decent decide decision deck decline declined
    decode degradation delete deleted deleting deliver deliveries delivery della demand demanding demo
    department departments deploy deployed deployment dept depts descending described desk detach detail details
    device differ different difficult digest digits dinner diplomatic direct directions directly director
    directory disable disappointed discount discounts discuss discussed display dispute disputes distance
    distinct ditch division divisions document does doing doings dollar done dormant double down downgrade
    download dozen draft drafting draw dread drill drinks drive driving drop dropping drove dude dumb dump dunno
    duplicate duration during dusted dutch each earlier earliest early east eastern economic edit editing effing
    eight eighteen eighth eighty either element elements eleven eleventh else elsewhere email emailed emailing
    emails embarrassing embedded employee employees employer empty enable ended ending ends enforce engaged
    engagement engineer engineering engineers england english enough enquiries enter enterprise entire entries
    entry erase error errors escalate escalated escalating escalation este estimate estimates euro europe
    european even evening evens event events ever every everybody everyone everything exact exactly example
    examples excel excellent except exception exchange exchanges exclude excluding exclusive exec execs exist
    existing exists expand expected expedite expensive experienced experiencing expert expired explained export
    exported exporting exports extend external extrapolate eyeball face facing fade fail failed failing failure
    failures fair faith fake fall fallen fallout false famous fantastic fast fastest favor feared feature
    features february feed feedback feel feeling feels fees fella fellow fetch fewer field fielding fields
    fifteen fifteenth fifth fifty figure figures file filed fill filter filtered filters final finally finance
    financial find finding finds fine fingers finished finnish fire fired fires firing firm first fiscal fist
    fits five fixed fixes flag flagged flags flight flights flip flow flows focus fold folk folks follow
    following football force forecast forget forgot fork forks form format former forms formula forth fortnight
    forty forward forwarded forwarding found founder four fourteen fourteenth fourth frame frames france frank
    freaking free french frequent fresh friday from front frustrated full funds funnel furnish further gamer
    gave gears geezer general generate generated gent gentle gentleman george german gets getting gift gifts
    gimme girl gist give gives glad glitch glitches goal goes going gone gong gonna good goodwill google gotcha
    gotta gotten grab grabbed grace grades grant graph great greatest greek greetings gripe gripes group
    grouping groupings groups grow growing growth grumble grumbles guess guessing guys half halloween hand
    handed handful handle handled handles handling handover hands hang hanging happen happened happening happy
    hardcore hardly hassling hate have haven having head header heads health healthy hear heard hearing hears
    heat heavy heir held helen hello help here hers herself hiccup hiccups hide higher highest himself hire
    history hits hitting hold holdings holds hole holiday holidays honestly hooks hope hoped hopes hoping
    horoscope host hotel hotels hour hours hows hubspot huddle huge human humans hundred hunt hunting idea ideal
    ideas identified identify ignore imagined immediately impact import important imports improving inactive
    inbound inbox inboxes incentive incident incidents include included including incorporated increase india
    indian indicators individual individuals industries industry info information initial initially inner
    inquiries insensitive inside install instance instead insurance integrate integration integrations
    interactions intercom interesting internal international internet interval into investor invite invited
    inviting invoice invoices ipad iphone issue issued issues italian item items itself jade jane january
    japanese jest jobs join joined joining joke juan juicy july jump june just keep keeps kept keyboard kick
    kicked kickoff kicks kidding kind kinda kindly kinds kingdom knock knocking know knowledge known korean
    label labels labor labs ladies lady land landed language large larger largest lass last late lately later
    latest latter launch launched lead leadership leading leads league lean leap learning least leave leaving
    left leftover legal legit lemme length lens less lest lets level life lifetime lifted like likely likewise
    limit limits line linear lines lingo link linked links list listed listing lists little live living load
    loading loads local locate located location lock locked logged logging logic login logins logistics logo
    logs london lone long longer longest look looked looking looks loose lose lost lots lottery love lovely
    lower lowest lucy lunch lust made mail mailbox mailboxes mailed mails main make maker makers makes making
    manage manager manages mane many march margin margins mark marked marketing mars mask mass match matches
    matching mates matter maximum maybe mayo mean meant media median meet meeting meetings member members
    membership memo mended mention mentioned mentioning mentions merge merged merging message messages messaging
    meta midday middle might migrate migrated migration mind mine minus minutes miss mist mistake moans mobile
    mode model modification modified moment monday money monitoring month monthly months more morning morrow
    most mostly motivate mount mouth move moved movie moving much must myself nagging name named names narrow
    narrowed native near nearly necessary need needed needing needs neither nervous networks never newer newest
    news next nice niggles night nine nineteen ninety ninth nobody noise none noon nope normal north northeast
    northwest norwegian notable note noted notes nothing notification notifications notify notion noun november
    nuke null number numbered numbers object objects obligations observe october offer offered offices offline
    offset often okay older oldest onboarding once ones online only onto onwards oops open opened opening opens
    operating operator opted options order ordered orders ordinary organisations organization organizations orgs
    original originally other others ours ourselves outage outing outlook outside outstanding oven over overall
    overnight overview owned owner owns pace pacific package packages page paged pager pages paging paid pain
    pair paperwork para parcel parcels part partial particular particularly partner partners parts party pass
    password passwords past paste pasted patch path patient paul pause paying payment payments pays peek peeps
    pending people peoples percent perfect perform performance perhaps period periods permission person persona
    personally persons pertaining pestering phase phone phones phrase pick picked picket picks picture pictures
    piece pilot ping pinged pipeline pissed pitch pivot pizza place placed places plain plan plane planet
    planner planning plans platform player please plenty plot plus poem point pointed points policy polish
    polite ponds poorest popping population portfolio portuguese position possible post posted posting postpone
    pour power practice precisely predict predicts premier premium prep prepare prepared preparing prepping
    present presentation president pretty previous price prices pricing primary primo principal prior priority
    prison privacy private probably problem problems process processed prod produce product professional profile
    profiles project projected projects promise promised proper propose prospect protection provide publish pull
    pulled pulling pulse pupil purchase purge purple push putting quarter quarterly quarters queries query
    question questions queue quick quickest quickly quiet quieter quit quite quitting quota quotas quote quotes
    rachel rain raining raise raised raising random range ranges rate rates rather ratings reach reached
    reaching read reading reads ready real really reap reason reasonable reassign reboot recap receipt receipts
    receive received receives recent recently recipe reckons recommended record recorded recorder recording
    recordings records recount rectify recurring redesign redo reduce refer reference referencing referring
    refers refine refund refunds refuse refused regard regarding regardless regards regenerate region register
    registered registering registration regular regulatory relate related relating relation relationship release
    released relevant remainder remaining remember remind reminder remove removed removing rename render renew
    renewal renewals renewing reopen reopened reopening repeat rephrase replied replies reply report reported
    reporting reports reps request requested requester requesters requesting requests require required
    requirements rerun reschedule resent reserve reset resolution resolve resolved resolving respond responded
    responding responds response responses responsible rest restart restaurant restrict restriction result
    results retail retreat retro return returned returns revenue reverse review revoke rewrite richest right
    ringing risk risks rite road rode role roll rolled room rose roster rotate roughly round route routed rows
    ruby rundown running runs runway rush russian ruth saga said sales salesforce same samples sanity sans
    satisfaction satisfied saturday save saved saying says scale scaled scan scared schedule school scoped score
    scores scrap scratch screen script scroll seams sean search searched searching seat seats second seconds
    security seeing seek seemed seems seen segment segments select send sender sending sends sense sensible
    sensitive sent sentry separate separately september series server service services session sessions setting
    settings settled setup seven seventeen seventh seventy several share shared shares sheet sheets shes shift
    ship shipment shipments shipped shipping shoot shooting shopping short shorten shorter shortest shortly shot
    should show showed shower showing shown shows shrinking side sides sideways sigh sign signals signed signing
    signs signup signups silent silly similar since single singular site sites sitting situation sixteen
    sixteenth sixth sixty size sizes skim skip skipping slack slide slides slightly slip slips slot slots slow
    slowest small smaller smallest smart snapshot snooze snoozed snow snowing snows soccer soft soften software
    solo solutions solved some somebody someone something sometimes somewhat somewhere song sooner sore sorry
    sort sorted sorting sorts sought sound sounded sounds source sources south southeast southwest span spanish
    speak speaking specifically specified speed spend spending spends spent splendid split spoke spoken sponsor
    spot spots spring sprint squad squads square stack staff stage stages staging stale stand standard standup
    starred start started starter starting starts state states stateside stats status statutory steam step steps
    stick sticking stiff still stock stocks stop stopped store story straight strange stream stretch stripe
    structure struggling stuck student studies studio studios study stuff stuffs stupid style subject submit
    submitted subscribe subscriber subscribers subscription subscriptions subsequent success suggestions
    summaries summarize summary summer summit sunday sunny super supervisor supply support supposed sure surname
    surprising sushi suspect suspend swap swapped swears swedish sweet switch switching swore sync system
    systems table tagged tagging tags tail tails take taken takes talk talked talking tall tallest target task
    taxi teach teaching team teamed teammate teammates teams tear tears technologies teens tell telling tells
    temperature tenant tenth term terms test text texts than thank thanks thanksgiving that their theirs them
    theme themselves then there these they thin thing things think thinking thinks third thirteen thirteenth
    thirty this those though thought thousand thread threads threat threats three threw through thursday ticket
    tickets tied tier ties till time timeline timer times ting tiny tips title titles today together token
    tokens told tomorrow tonight took tool tools topic topics tops total totally totals touch touched towards
    trace tracing track tracked tracking traffic train trainee training transcript transcription transcripts
    transfer translate trash treatment trends triage trial trials trigger triggered triggers trim triple trouble
    troubles trucking true trying tuesday turkish turn turned tweeted twelfth twelve twentieth twenty twice
    twitter type typed typical ukrainian umbrella unable unarchive unassign unblock under understand understood
    undo unhappy unit united unknown unless unlock unlocked unrelated unresolved unsnooze unsubscribe untag
    until unto update updated updating upgrade upgraded upgrades upgrading upload uploaded uploading upset usage
    used useful user users uses usher using usual vacation valuable value values vary vents ventures verb
    verification verify version versus very view viewed views visitor visitors voice volume voucher vouchers
    wait waiting waits waive walk walkthrough walkthroughs wanna want wanted wanting wants warning warnings weak
    weather webhook webhooks website wednesday week weekday weekend weekends weekly weeks weird well wendy went
    were west what whatever whats when whenever where whereas whether which whichever while whinge whinges whip
    whipping whit whoa whoever whole whom whose wide widen widened wider wild will wind window windows winter
    wipe with within without woman women wonder wonderful wondering wont word wording words work worked worker
    workers working workplace works world worm worried worries worry worrying worse worst would writ write
    writer writes writing written wrong wrote yeah year yearly years yesterday your yours zapier zero zone zoom
    """.split()
)

REAL_WORDS = frozenset(
    """
    aboard advanced advances aging agree aground ailing alarms alight allen allow alter alternative amazons
    amended amends americans americas anchors androids apologizes appear approve archives arise arising arranged
    arranges arrow article artifacts attributed atypical auction auctions australians authors averages aversion
    awaits awhile backgrounds backward baring basking beginnings behaviors beings believed believer believes
    bended bending beside billings birthdays blacks blanks bleach blinked blinks blocked blocks blogging blokes
    blood blower boars bodes bolder borders boring bothers bottoms bought bounced bouncer bounces bowing braised
    braking brazilians breach breached breaching breaks briefs bright bringing brings broker brooke brother
    browse brunch buildings builds burners buyers calculated calendars callers canadians cancels canvass
    capitals cared carts cashing casing cathy caused causes ceases center chances chang chants charms chased
    chaser chases chaste cheats checks cheer chooses chosen chunky circled circles claim clams clapped clatter
    clause cleans clears cleave clinics clinks clocks clogged clogging closer closest closet closets clouds
    cloudy clover cocked coffees colder coldest combines combing comets comings command commandos commons
    compares comparisons compete competed completes composed composer concerns concessions condom condoms
    conferences confirms confuse connections connects contains contests continues contracted contracting convoy
    convoys coping cores corporations corrections counterparts counters coupe coupled couples covert crapped
    crate crates creates cremate cremated cross crowds cunts currents curved curves customs cycled cycles
    damaged damages databases deactivated deadline dealings dearly decided decides decisions decoded decoder
    delivers demands depleted depths derive descent describe devices differs difficulty digit diner dings
    dinners direction directors directs disabled displays disputed distances diving documents doling dollars
    doping dosing doting doubled doubles downed downer downloads dozens dozing drafts drafty draining dreading
    drills drink driven driver drives droppings duplicated duplicates earning easter economics eights elect
    embers emerge emerged emerging emigrate emigrated employers enabled enables endings enforced enforcer engage
    engagements enterprises enters erased eraser erases estate estates estimated eternal ether europeans
    evenings evoke excels exceptions exchanged excluded exert exiting exits expands expedited experience experts
    expire extends eyeballs faction factions factual fared favors featured feelings fellas fellows fending
    fiends fight fights figured filing filled filmed finale finals financed finances findings finger finish
    flailing flatter flavor flocked flogged flogging flower foiled folder follows forced forces forge forgets
    forgo formulas forwards founders framed franc frances franks fridays fried fries fright fronts frustrate
    fusing gallows gamers geezers generals generates gentler gentry gents georges germans goings gorge graced
    graces grade graders grants greats greed greeks greeting grips groping ground growling guests hallowed
    handing handler handlers hanged happenings happens hardy haunting hearings hearse hearts heaven heaving
    height heirs hinge hinges holder holding honesty hooting hopped hopping hostel huddled humane hundreds
    ideals ignored ignores imagine impacts incentives includes incorporate increased increases indians indicator
    initials insider insides instances integrated interaction intervals investors invites italians kingdoms
    knight knocks koreans labors laced laces lager languages lasts lather latte layer leagues leaning lease
    leaves leftovers lending lengths lengthy levels licked licking licks lifetimes light lightly lights liked
    lined linens liner listings locals locations locking loins loner loosed loosen looser loses losing lowers
    mailing makings managed managers manger marker markers marking masked masking mater matters medial mending
    merger mighty minute mistaken mistakes mobiles models modifications moments mondays monkey mornings mother
    mothers moths motivated motivates mounts mourning mouths movies naive narrows natives nether network nights
    noises norwegians nothings noting notions obligation observed observer observes offers office officers
    onward openings operators option orange oranges originals ought ounce outed outrage outsider overalls owners
    paced paces packaged padded padding palace palaces panning particles particulars partly patent patients
    paused pauses pearly performances performs personal petty phased phases phoned phoney phrases pickled
    pictured pieced pieces pierce pilots pints pizzas plains planes planets planks plant plants platforms
    platter players playing pleading pleads pleas pleased pleases pointy populations posed posing positions
    postponed potions pounds pouting powder powers practiced practices praise praised praising praying preach
    preached preaching prefect prefer preference prefers premiere premiums prepares presents preserve presidents
    preview priced pricey pricked pricks prince princes principals print priors prisons privates produced
    producer produces products professionals profiled promises proposed proposes prospects prosper provided
    provider provides prussian pulses pupils purchased purchases purged pusher quoted racing racked racking
    rages raises raisin rally ranger rangers rating readings readying reasons receiver receivers recipes reckon
    recorders reduced reduces reefer referenced references refined refuses regions registers regulars regulator
    relates relations relationships releases relied relies remembers reminders reminds remover removes renamed
    renders repeats replay requirement requires reruns rescheduled resents reserved reserves resident
    restaurants restrictions retreats revenues revere reversed reverses reviews revoked riches rights rising
    rites roach rooster rotated rotates rounds router routes routing rowing rumble rumbles runaway russia
    russians sacred sages sample saturdays sayings scales scalped scare scarred scheduled schedules schools
    scooped scope scored scrape scraps scratchy screens scrip scripts scrolls seeking seeming seeping seizes
    selects sensed senses sentries separated separates serve servers serviced settle settling sevens sever
    sexist shard shaved shaving shears shifts shifty shitting shootings shoots shorted shorting shorts shorty
    showers shred signal signore singed singing singled singles sings sinner sipping situations slacks slaved
    slaying slender slitting slower smarts snapshots snorted snorting snorts socks solution solve somethings
    sometime sores sowed sowing sparing speaks speeds speedy spewed spilt spitting splint splits spokes sponsors
    sporting sports springs squared squares stable stacks staged stakes stalked stalking standards stands staple
    stared staring stars starters startled startling stated stating statue statues staying steamed steamy steven
    sticks sticky stiffs stills stools stored stores stormy strain straining strand stranger strangle streams
    strip striped stripes struck structured structures students stuffy sturdy styled styles subjects suggestion
    suing suites summers sundays superb supervisors supper supports suppose suspects swaying swear sweats sweets
    swords tables tablet tacked takers taking tamed tanks targets tarred tarts tasked teachings teensy
    temperatures tenants tended tending tends terror terrors themes thingy thirds thirsty thorough thoughts
    thousands thrash threes thursdays ticking tiles timber timers tissue tissues titled tomorrows topped touchy
    tough toward traced tracer traces tracks trail trails trainees trains trance transfers translated translates
    trashy tread treading treads treason treat treatments treats trend tribal tripe tripled tropics troubled
    trough tucking tuesdays tuned tying umbrellas understands unite unlocks untied updates upsets ushers
    vacations valuables valued vending venture versions voiced voices volumes waist waived waiver waning wears
    websites wednesdays weight weirdo wheres whine whines whomever widow widows wilder winner winters witch
    witching wonders workings worlds wringing writers writhing writings wrongs yearns
    """.split()
)
