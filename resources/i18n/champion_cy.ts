<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Per cent satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 10 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {a}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent satisfied, with 95 % intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs completed within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents’ feedback: scrutiny pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked * and grey: fewer than 10 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied residents are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repairs journey: part 1 against part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1: from reporting the repair to an operative being sent. Part 2: from the operative being sent to the work being finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair times against targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians; days are {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operatives: what residents said about their visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made safe or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the deadline (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hazards were noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents offered the choice to complain: {offered}. Wanted to complain: {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Fe wnaethom ni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>No actions yet for these estates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Estate Champion on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {n} answers: too few to read much into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey rows: {note} Double-click a row (or press Enter) to see the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did: actions</source>
        <translation>Dywedoch chi, fe wnaethom ni: camau gweithredu</translation>
    </message>
    <message>
        <source>You said, we did: actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 and part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent satisfied, every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 against part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operatives: residents satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed within target ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the deadline: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: {offered} residents were offered the choice to complain; {wanted} wanted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Estates</source>
        <translation>Ystadau</translation>
    </message>
    <message>
        <source>What residents said, from the records</source>
        <translation>Beth ddywedodd preswylwyr, o&apos;r cofnodion</translation>
    </message>
    <message>
        <source>You said: a summary without names or details that identify anyone</source>
        <translation>Dywedoch chi: crynodeb heb enwau na manylion sy&apos;n datgelu pwy yw unrhyw un</translation>
    </message>
    <message>
        <source>We did, or will do</source>
        <translation>Fe wnaethom ni, neu fe fyddwn ni&apos;n gwneud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reason (needed for won&apos;t do)</source>
        <translation>Rheswm (mae angen un os na fydd yn cael ei wneud)</translation>
    </message>
    <message>
        <source>Has a due &amp;date</source>
        <translation>&amp;Rhoi dyddiad targed</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Rhoi dyddiad targed</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Team responsible</source>
        <translation>Tîm cyfrifol</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Adroddwyd i</translation>
    </message>
    <message>
        <source>Together with Tenants commitment</source>
        <translation>Ymrwymiad Together with Tenants</translation>
    </message>
    <message>
        <source>&amp;Publish to the estates&apos; champions</source>
        <translation>Cyhoeddi i &amp;hyrwyddwyr yr ystadau</translation>
    </message>
    <message>
        <source>Publish to the estates&apos; champions</source>
        <translation>Cyhoeddi i hyrwyddwyr yr ystadau</translation>
    </message>
    <message>
        <source>Residents said</source>
        <translation>Dywedodd preswylwyr</translation>
    </message>
    <message>
        <source>&amp;You said</source>
        <translation>&amp;Dywedoch chi</translation>
    </message>
    <message>
        <source>&amp;We did</source>
        <translation>Fe &amp;wnaethom ni</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>Dyddiad &amp;targed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Ymrwymiad</translation>
    </message>
    <message>
        <source>{n} record(s) linked</source>
        <translation>Cofnodion cysylltiedig: {n}</translation>
    </message>
    <message>
        <source>(no records linked)</source>
        <translation>(dim cofnodion cysylltiedig)</translation>
    </message>
    <message>
        <source>Choose the estate (or estates) it is for.</source>
        <translation>Dewiswch yr ystâd (neu&apos;r ystadau) dan sylw.</translation>
    </message>
    <message>
        <source>Say what residents told us, without names.</source>
        <translation>Dywedwch beth ddywedodd preswylwyr wrthym, heb enwau.</translation>
    </message>
    <message>
        <source>Say why it will not be done: residents will read it.</source>
        <translation>Dywedwch pam na fydd yn cael ei wneud: bydd preswylwyr yn darllen hyn.</translation>
    </message>
    <message>
        <source>Say what was done, or will be, before publishing.</source>
        <translation>Dywedwch beth a wnaed, neu beth fydd yn cael ei wneud, cyn cyhoeddi.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Actions: You said, we did</source>
        <translation>Camau gweithredu: Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>You said, we did: actions</source>
        <translation>Dywedoch chi, fe wnaethom ni: camau gweithredu</translation>
    </message>
    <message>
        <source>What the landlord does about what residents said. Published actions reach the estate&apos;s champions at their next sync, and print as a notice for the block.</source>
        <translation>Beth mae&apos;r landlord yn ei wneud am yr hyn a ddywedodd preswylwyr. Mae camau gweithredu a gyhoeddir yn cyrraedd hyrwyddwyr yr ystâd y tro nesaf y byddan nhw&apos;n cysoni, a gellir eu hargraffu fel hysbysiad ar gyfer y bloc.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>Cam gweithredu &amp;newydd</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>&amp;Print notice…</source>
        <translation>&amp;Argraffu hysbysiad…</translation>
    </message>
    <message>
        <source>Print a notice for an estate</source>
        <translation>Argraffu hysbysiad ar gyfer ystâd</translation>
    </message>
    <message>
        <source>Conflict with another coordinator</source>
        <translation>Gwrthdaro â chydlynydd arall</translation>
    </message>
    <message>
        <source>&amp;Compare and choose…</source>
        <translation>Cymhar&amp;u a dewis…</translation>
    </message>
    <message>
        <source>Compare and choose</source>
        <translation>Cymharu a dewis</translation>
    </message>
    <message>
        <source>&amp;Save (sent at the next sync)</source>
        <translation>&amp;Cadw (caiff ei anfon y tro nesaf y bydd yn cysoni)</translation>
    </message>
    <message>
        <source>Save the action</source>
        <translation>Cadw&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Conflict: choose</source>
        <translation>Gwrthdaro: dewiswch</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <source>{status}, published</source>
        <translation>{status}, wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>{status}, not published</source>
        <translation>{status}, heb ei gyhoeddi</translation>
    </message>
    <message>
        <source>Another coordinator changed this action before your change reached the server. Both are kept: compare them and choose which to keep.</source>
        <translation>Newidiodd cydlynydd arall y cam gweithredu hwn cyn i&apos;ch newid chi gyrraedd y gweinydd. Mae&apos;r ddau&apos;n cael eu cadw: cymharwch nhw a dewiswch pa un i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Before saving: </source>
        <translation>Cyn cadw: </translation>
    </message>
    <message>
        <source>Saved. It is sent at the next sync.</source>
        <translation>Wedi&apos;i gadw. Bydd yn cael ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>Saved {n} actions, one per estate. They are sent at the next sync.</source>
        <translation>Wedi cadw {n} cam gweithredu, un ar gyfer pob ystâd. Byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>Settled. It is sent at the next sync.</source>
        <translation>Wedi&apos;i ddatrys. Bydd yn cael ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Cadw&apos;r hysbysiad</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Notice saved: {path}</source>
        <translation>Hysbysiad wedi&apos;i gadw: {path}</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Estate Champion cannot start</source>
        <translation>Nid yw Estate Champion yn gallu dechrau</translation>
    </message>
    <message>
        <source>The demo server could not start; the demo works offline.</source>
        <translation>Nid oedd modd dechrau&apos;r gweinydd arddangos; mae&apos;r arddangosiad yn gweithio all-lein.</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <source>Why you are asking</source>
        <translation>Pam rydych chi&apos;n gofyn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you are as&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households spoken to</source>
        <translation>Aelwydydd y siaradwyd â nhw</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Aelwydydd</translation>
    </message>
    <message>
        <source>Ask each household about the communal repair, or whether {landlord} keeps the communal areas clean and well maintained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Ychwanegu aelwyd</translation>
    </message>
    <message>
        <source>Adds a line for one more household&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households you spoke to in all</source>
        <translation>Faint o aelwydydd y siaradoch chi â nhw i gyd</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>About this page</source>
        <translation>Ynghylch y dudalen hon</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Show &amp;closed cases</source>
        <translation>Dangos achosion &amp;wedi&apos;u cau</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Dangos achosion wedi&apos;u cau</translation>
    </message>
    <message>
        <source>The chosen case</source>
        <translation>Yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>{open} open: {overdue} overdue, {today} due today.</source>
        <translation>{open} ar agor: {overdue} yn hwyr, {today} i&apos;w cwblhau heddiw.</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Cam a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Reference (job or complaint number)</source>
        <translation>Cyfeirnod (rhif y gwaith atgyweirio neu rif y gŵyn)</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Record this step</source>
        <translation>C&amp;ofnodi&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Record this step</source>
        <translation>Cofnodi&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Create &amp;action from selected…</source>
        <translation>C&amp;reu cam gweithredu o&apos;r rhai a ddewiswyd…</translation>
    </message>
    <message>
        <source>Create a You said, we did action from the selected records</source>
        <translation>Creu cam gweithredu Dywedoch chi, fe wnaethom ni o&apos;r cofnodion a ddewiswyd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Step reached</source>
        <translation>C&amp;am a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Cyf&amp;eirnod</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Nothing to follow up here.</source>
        <translation>Does dim i fynd ar ei drywydd yma.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>job {ref}</source>
        <translation>gwaith atgyweirio {ref}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>no details given</source>
        <translation>dim manylion wedi&apos;u rhoi</translation>
    </message>
    <message>
        <source>wants a call back</source>
        <translation>eisiau i rywun ffonio&apos;n ôl</translation>
    </message>
    <message>
        <source>Contact (consent given {at})</source>
        <translation>Cyswllt (rhoddwyd caniatâd {at})</translation>
    </message>
    <message>
        <source>No consent to contact the resident.</source>
        <translation>Dim caniatâd i gysylltu â&apos;r preswylydd.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terfynau amser</translation>
    </message>
    <message>
        <source>No deadline for this kind of hazard.</source>
        <translation>Dim terfyn amser ar gyfer y math hwn o berygl.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Does dim cam wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>The time is in the future: say when it happened.</source>
        <translation>Mae&apos;r amser yn y dyfodol: dywedwch pryd y digwyddodd.</translation>
    </message>
    <message>
        <source>Recorded: {step}. It is sent at the next sync.</source>
        <translation>Cofnodwyd: {step}. Bydd yn cael ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Urgency</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Terfyn amser nesaf</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Cam a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Passed to repairs</source>
        <translation>Wedi trosglwyddo i&apos;r tîm atgyweiriadau</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Wedi ymchwilio</translation>
    </message>
    <message>
        <source>Written summary sent</source>
        <translation>Wedi anfon crynodeb ysgrifenedig</translation>
    </message>
    <message>
        <source>Safety works begun</source>
        <translation>Wedi dechrau gwaith diogelwch</translation>
    </message>
    <message>
        <source>Made safe</source>
        <translation>Wedi&apos;i wneud yn ddiogel</translation>
    </message>
    <message>
        <source>Passed to the complaints team</source>
        <translation>Wedi trosglwyddo i&apos;r tîm cwynion</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi cydnabod</translation>
    </message>
    <message>
        <source>Stage 1 response sent</source>
        <translation>Wedi anfon ymateb cam 1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>pass it on</source>
        <translation>trosglwyddo</translation>
    </message>
    <message>
        <source>investigate</source>
        <translation>ymchwilio</translation>
    </message>
    <message>
        <source>send the written summary</source>
        <translation>anfon y crynodeb ysgrifenedig</translation>
    </message>
    <message>
        <source>begin safety works</source>
        <translation>dechrau gwaith diogelwch</translation>
    </message>
    <message>
        <source>make safe</source>
        <translation>gwneud yn ddiogel</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>cydnabod</translation>
    </message>
    <message>
        <source>send the stage 1 response</source>
        <translation>anfon yr ymateb cam 1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Damp and mould</source>
        <translation>Lleithder a llwydni</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Other safety concern</source>
        <translation>Pryder arall am ddiogelwch</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Erbyn heddiw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>by {when}</source>
        <translation>erbyn {when}</translation>
    </message>
    <message>
        <source>by the end of {day}</source>
        <translation>erbyn diwedd {day}</translation>
    </message>
    <message>
        <source>Done: {todo} ({rule}), on {when}</source>
        <translation>Gwnaed: {todo} ({rule}), ar {when}</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>Not needed: {todo} ({rule}); the case was closed</source>
        <translation>Dim angen: {todo} ({rule}); cafodd yr achos ei gau</translation>
    </message>
    <message>
        <source>Then {todo} ({rule}) — the clock starts when it is {after}</source>
        <translation>Yna {todo} ({rule}) — mae&apos;r cloc yn dechrau pan gofnodir “{after}”</translation>
    </message>
    <message>
        <source>DUE TODAY</source>
        <translation>ERBYN HEDDIW</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>{lead}: {todo} {due} ({rule})</source>
        <translation>{lead}: {todo} {due} ({rule})</translation>
    </message>
    <message>
        <source>within {n} hours</source>
        <translation>o fewn {n} awr</translation>
    </message>
    <message>
        <source>within {n} working days</source>
        <translation>o fewn {n} diwrnod gwaith</translation>
    </message>
    <message>
        <source>of being {after}</source>
        <translation>i&apos;r cam “{after}”</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim terfyn amser</translation>
    </message>
    <message>
        <source>{todo}: waiting for the step before</source>
        <translation>{todo}: yn aros am y cam blaenorol</translation>
    </message>
    <message>
        <source>Awaab&apos;s Law</source>
        <translation>Cyfraith Awaab</translation>
    </message>
    <message>
        <source>landlord&apos;s own target</source>
        <translation>targed y landlord ei hun</translation>
    </message>
    <message>
        <source>Complaint Handling Code</source>
        <translation>Cod Ymdrin â Chwynion</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
</context>
<context>
    <name>ChampionDialog</name>
    <message>
        <source>Add a champion</source>
        <translation>Ychwanegu hyrwyddwr</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Name people see</source>
        <translation>Yr enw y mae pobl yn ei weld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>E&amp;nw</translation>
    </message>
    <message>
        <source>&amp;Patch</source>
        <translation>A&amp;rdal</translation>
    </message>
    <message>
        <source>A username is 2 to 100 letters, digits or . _ @ - with no spaces.</source>
        <translation>Rhaid i enw defnyddiwr fod rhwng 2 a 100 o lythrennau, digidau neu . _ @ -, heb fylchau.</translation>
    </message>
</context>
<context>
    <name>Champions</name>
    <message>
        <source>Estates</source>
        <translation>Ystadau</translation>
    </message>
    <message>
        <source>Estate Champion enrolment code</source>
        <translation>Cod cofrestru Estate Champion</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Ar gyfer {name}</translation>
    </message>
    <message>
        <source>Type it into Connect to your landlord. It works once, until {expires}.</source>
        <translation>Teipiwch ef yn Cysylltu â&apos;ch landlord. Mae&apos;n gweithio unwaith, tan {expires}.</translation>
    </message>
</context>
<context>
    <name>ChampionsPage</name>
    <message>
        <source>Champions and devices</source>
        <translation>Hyrwyddwyr a dyfeisiau</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Hyrwyddwyr</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Hyrwyddwr</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>Records this month</source>
        <translation>Cofnodion y mis hwn</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>The champion&apos;s devices</source>
        <translation>Dyfeisiau&apos;r hyrwyddwr</translation>
    </message>
    <message>
        <source>&amp;Add a champion…</source>
        <translation>Ychwanegu &amp;hyrwyddwr…</translation>
    </message>
    <message>
        <source>Set &amp;patch…</source>
        <translation>Gosod yr a&amp;rdal…</translation>
    </message>
    <message>
        <source>&amp;Enrolment code…</source>
        <translation>Cod c&amp;ofrestru…</translation>
    </message>
    <message>
        <source>&amp;Withdraw a device…</source>
        <translation>&amp;Tynnu dyfais yn ôl…</translation>
    </message>
    <message>
        <source>&amp;Refresh from the server</source>
        <translation>&amp;Adnewyddu o&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>no estates</source>
        <translation>dim ystadau</translation>
    </message>
    <message>
        <source>{n} in use</source>
        <translation>{n} mewn defnydd</translation>
    </message>
    <message>
        <source>withdrawn {when}; told to delete the residents&apos; data on it {told}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn {when}; the residents&apos; data on it will be deleted the next time it connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn {when}</source>
        <translation>tynnwyd yn ôl {when}</translation>
    </message>
    <message>
        <source>If the laptop is lost or stolen, choose Withdraw and wipe: the next time it connects to the server, the residents&apos; data on it is deleted (records, photos, addresses). Anything on it that was not sent yet is deleted too, and nobody can know what that was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw and &amp;wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the laptop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the residents&apos; data on {device} the next time it connects? This cannot be undone, and what it had not sent is lost with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>cysoni diwethaf {when}</translation>
    </message>
    <message>
        <source>No laptop enrolled yet: issue an enrolment code.</source>
        <translation>Does dim gliniadur wedi&apos;i gofrestru eto: rhowch god cofrestru.</translation>
    </message>
    <message>
        <source>Could not reach the server: {why}</source>
        <translation>Nid oedd modd cyrraedd y gweinydd: {why}</translation>
    </message>
    <message>
        <source>Up to date with the server.</source>
        <translation>Yn gyfredol â&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>Added {name}. Issue an enrolment code for their laptop.</source>
        <translation>Wedi ychwanegu {name}. Rhowch god cofrestru ar gyfer eu gliniadur.</translation>
    </message>
    <message>
        <source>Patch of {name} saved.</source>
        <translation>Wedi cadw ardal {name}.</translation>
    </message>
    <message>
        <source>A new enrolment code for {name}; earlier unused codes no longer work.</source>
        <translation>Cod cofrestru newydd ar gyfer {name}; nid yw codau cynharach sydd heb eu defnyddio yn gweithio mwyach.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>This champion has no laptop to withdraw.</source>
        <translation>Does gan yr hyrwyddwr hwn ddim gliniadur i&apos;w dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>{device} can no longer sync, and the residents&apos; data on it will be deleted the next time it connects to the server. Anything on it that was not sent is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} can no longer sync. Anything on it that was not sent stays on that laptop.</source>
        <translation>Ni all {device} gysoni mwyach. Mae unrhyw beth arno sydd heb ei anfon yn aros ar y gliniadur hwnnw.</translation>
    </message>
    <message>
        <source>Withdraw a device</source>
        <translation>Tynnu dyfais yn ôl</translation>
    </message>
    <message>
        <source>Which laptop?</source>
        <translation>Pa liniadur?</translation>
    </message>
    <message>
        <source>Withdraw {device} of {name}? It can no longer sync; a new enrolment code lets them set up another laptop.</source>
        <translation>Tynnu {device} sy&apos;n perthyn i {name} yn ôl? Ni fydd yn gallu cysoni mwyach; gyda chod cofrestru newydd, gallan nhw osod gliniadur arall.</translation>
    </message>
</context>
<context>
    <name>CharacterCount</name>
    <message>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} characters: {over} more than the {limit} allowed. Shorten it before you submit; a draft keeps all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <source>Choose one answer with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Enrolment code for {name}</source>
        <translation>Cod cofrestru ar gyfer {name}</translation>
    </message>
    <message>
        <source>Enrolment code, letter by letter: {letters}</source>
        <translation>Cod cofrestru, fesul llythyren: {letters}</translation>
    </message>
    <message>
        <source>The champion types this into Connect to your landlord. It works once, until {expires}. There is no letter O or I, and no digit 0 or 1.</source>
        <translation>Mae&apos;r hyrwyddwr yn teipio hwn yn Cysylltu â&apos;ch landlord. Mae&apos;n gweithio unwaith, tan {expires}. Does dim llythyren O nac I ynddo, na digid 0 nac 1.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print the code</source>
        <translation>Argraffu&apos;r cod</translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>The conversation about this record, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your comment here; Ctrl+Shift+Enter sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues the comment: it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSection</name>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Offer the choice to complain</source>
        <translation>Cynnig y dewis i gwyno</translation>
    </message>
    <message>
        <source>I &amp;offered the choice to make a complaint</source>
        <translation>Fe &amp;wnes i gynnig y dewis i wneud cwyn</translation>
    </message>
    <message>
        <source>Offered the choice to make a complaint</source>
        <translation>Wedi cynnig y dewis i wneud cwyn</translation>
    </message>
    <message>
        <source>The resident wants to complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is dissatisfied. Offer them the choice to make a complaint (complaints line: {phone}), then tick below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>Cwynion</translation>
    </message>
    <message>
        <source>Residents who asked to complain. Pass each to the complaints team with its reference. The Complaint Handling Code: acknowledge within 5 working days of the visit, and send the stage 1 response within 10 working days of the acknowledgement.</source>
        <translation>Preswylwyr a ofynnodd am gael cwyno. Trosglwyddwch bob un i&apos;r tîm cwynion gyda&apos;i gyfeirnod. Y Cod Ymdrin â Chwynion: cydnabod y gŵyn o fewn 5 diwrnod gwaith i&apos;r ymweliad, ac anfon yr ymateb cam 1 o fewn 10 diwrnod gwaith i&apos;r gydnabyddiaeth.</translation>
    </message>
</context>
<context>
    <name>ConditionGrid</name>
    <message>
        <source>Floors and stairs</source>
        <translation>Lloriau a grisiau</translation>
    </message>
    <message>
        <source>Walls and ceilings</source>
        <translation>Waliau a nenfydau</translation>
    </message>
    <message>
        <source>Bin stores and areas</source>
        <translation>Storfeydd a mannau biniau</translation>
    </message>
    <message>
        <source>Score each item you looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <source>A very good, B good, C average, D poor, E not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionsSection</name>
    <message>
        <source>Condition of the common parts</source>
        <translation>Cyflwr y mannau cyffredin</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score what you looked at: A very good, B good, C average, D poor, E not applicable. Leave the rest on “Not scored”.</source>
        <translation>Rhowch sgôr i&apos;r hyn y gwnaethoch chi edrych arno: A da iawn, B da, C cyffredin, D gwael, E amherthnasol. Gadewch y gweddill ar “Dim sgôr”.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;other laptop&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other laptop&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one before either had seen the other&apos;s change. The server keeps both; choose the one to keep (it is sent as a new version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on two laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The champion changed this record on two laptops; the newer change replaced the other without seeing it. The champion chooses which to keep on their laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer (shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answers that differ: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this action</source>
        <translation>Mae rhywun arall wedi newid y cam gweithredu hwn</translation>
    </message>
    <message>
        <source>Another coordinator saved a change to this action before yours reached the server. Nothing has been lost: compare the two and choose which to keep.</source>
        <translation>Cadwodd cydlynydd arall newid i&apos;r cam gweithredu hwn cyn i&apos;ch un chi gyrraedd y gweinydd. Does dim wedi&apos;i golli: cymharwch y ddau a dewiswch pa un i&apos;w gadw.</translation>
    </message>
    <message>
        <source>Yours (not sent)</source>
        <translation>Eich un chi (heb ei anfon)</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Ar y gweinydd nawr</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Eich fersiwn chi</translation>
    </message>
    <message>
        <source>The server&apos;s version</source>
        <translation>Fersiwn y gweinydd</translation>
    </message>
    <message>
        <source>The server no longer has this action.</source>
        <translation>Nid yw&apos;r cam gweithredu hwn ar y gweinydd mwyach.</translation>
    </message>
    <message>
        <source>Keep &amp;mine (send it again)</source>
        <translation>Cadw &amp;fy fersiwn i (ei anfon eto)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Derbyn &amp;eu fersiwn nhw</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Derbyn eu fersiwn nhw</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Fe wnaethom ni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>yn wahanol</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to your landlord</source>
        <translation>Cysylltu â&apos;ch landlord</translation>
    </message>
    <message>
        <source>Type the server address and the enrolment code your coordinator gave you. Records you made before connecting are kept and sent after.</source>
        <translation>Teipiwch gyfeiriad y gweinydd a&apos;r cod cofrestru a gawsoch gan eich cydlynydd. Mae&apos;r cofnodion a wnaethoch cyn cysylltu yn cael eu cadw a&apos;u hanfon wedyn.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Cyfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Cyfeiriad y &amp;gweinydd</translation>
    </message>
    <message>
        <source>I have an &amp;enrolment code (champions)</source>
        <translation>Mae gen i god cofrestru (&amp;hyrwyddwyr)</translation>
    </message>
    <message>
        <source>Use an enrolment code</source>
        <translation>Defnyddio cod cofrestru</translation>
    </message>
    <message>
        <source>I sign in with a &amp;password (coordinators)</source>
        <translation>Rwy&apos;n mewngofnodi â chyf&amp;rinair (cydlynwyr)</translation>
    </message>
    <message>
        <source>Sign in with username and password</source>
        <translation>Mewngofnodi ag enw defnyddiwr a chyfrinair</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Enrolment co&amp;de</source>
        <translation>&amp;Cod cofrestru</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
        <source>Only if your landlord uses its own certificate authority</source>
        <translation>Dim ond os yw eich landlord yn defnyddio ei awdurdod tystysgrifau ei hun</translation>
    </message>
    <message>
        <source>Only if your landlord gave you one</source>
        <translation>Dim ond os cawsoch un gan eich landlord</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose certificate file</source>
        <translation>Dewis ffeil tystysgrif</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Ffeil tystysgrif</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Neges am y cysylltiad</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Cysy&amp;lltu</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Type the server address first.</source>
        <translation>Teipiwch gyfeiriad y gweinydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Type the enrolment code your coordinator gave you.</source>
        <translation>Teipiwch y cod cofrestru a gawsoch gan eich cydlynydd.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wrthi&apos;n cysylltu…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Wedi cysylltu fel %1.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent and contact</source>
        <translation>Caniatâd a chyswllt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacte&amp;d about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Yn cytuno i rywun gysylltu</translation>
    </message>
    <message>
        <source>Agrees to &amp;photos of them or inside their home</source>
        <translation>Yn cytuno i &amp;luniau ohonyn nhw neu o du mewn eu cartref</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Yn cytuno i luniau</translation>
    </message>
    <message>
        <source>Agrees to be &amp;quoted in You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to be quoted</source>
        <translation>Yn cytuno i gael eu dyfynnu</translation>
    </message>
    <message>
        <source>Quoted without their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Enw cyswllt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Ffôn cyswllt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-bost cyswllt</translation>
    </message>
    <message>
        <source>Wants a call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Manylion cyswllt</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>What the office published for your estates after residents spoke up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends what is waiting and fetches what is new, now. F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects this laptop to your landlord&apos;s server with the code your coordinator gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last syncs did, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>{count} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job {ref}</source>
        <translation>gwaith atgyweirio {ref}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} submitted {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made without seeing the version before it (changed on two laptops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in progress, not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Manylion y cofnod</translation>
    </message>
    <message>
        <source>What was recorded, its history and its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here.</source>
        <translation>Dewiswch gofnod yn y rhestr i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to your coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Golygu&apos;r drafft</translation>
    </message>
    <message>
        <source>Opens the draft in New visit to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (&amp;new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change as a new version</source>
        <translation>Newid fel fersiwn newydd</translation>
    </message>
    <message>
        <source>Opens the submitted record to change it; submitting sends a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>&amp;Dileu&apos;r drafft</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Dileu&apos;r drafft</translation>
    </message>
    <message>
        <source>Deletes a draft never sent, or discards the changes in progress; asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the record first; then you can write about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue changes</source>
        <translation>&amp;Parhau â&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>&amp;Taflu&apos;r newidiadau</translation>
    </message>
</context>
<context>
    <name>DisconnectFlow</name>
    <message>
        <source>Disconnect from your landlord</source>
        <translation>Datgysylltu oddi wrth eich landlord</translation>
    </message>
    <message>
        <source>Disconnect this laptop? Its access to your landlord&apos;s server is withdrawn and the residents&apos; data on it is deleted: records, photos and reference data. Everything you logged has already reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect and &amp;delete the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: %1. If you disconnect now, nothing more can be sent from this laptop. Drafts have to be submitted before they can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now, then disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect and &amp;keep everything here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not sent: %1. The laptop is still connected; try again once it has been sent, or keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorstepForm</name>
    <message>
        <source>What it was about</source>
        <translation>Am beth oedd y sgwrs</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Top&amp;ics (tick all that came up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked (optional)</source>
        <translation>Cwestiynau a ofynnwyd (dewisol)</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Cwestiynau a ofynnwyd</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Records behind: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record to see what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first {shown} are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase a resident&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an erasure request. The records found are deleted from the server and, at their next sync, from every champion&apos;s and coordinator&apos;s laptop, with their photos. The server&apos;s audit trail records that you did this, and which records went, but not the resident&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record about one &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record about one home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of one &amp;resident, by the contact details they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of one resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>E&amp;nw</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is found when every detail you give that it also holds is the same; give as many as you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match: nothing would be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s), with %2 version(s) and %3 photo(s), would be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 record(s) for good, from the server and every laptop? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 record(s) from the server. Each laptop deletes them at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBase</name>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemau i&apos;w datrys</translation>
    </message>
    <message>
        <source>There is a problem. Nothing was sent; check these answers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormOutline</name>
    <message>
        <source>Sections of this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each section, marked done, to do or optional. Press Enter to go to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardSection</name>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Ha&amp;zard seen or reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <source>What the hazard is and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger now: if anyone is at risk call 999. Then call emergency repairs on {phone} before you leave. The landlord must make it safe within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damp and mould: report it to repairs on {phone} today. The landlord must investigate a significant hazard within 10 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be at risk: if in immediate danger call 999; otherwise tell your coordinator today. Repairs: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call emergency repairs on {phone} if it cannot wait, and describe it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <source>Hazards</source>
        <translation>Peryglon</translation>
    </message>
    <message>
        <source>Every record with a hazard, most urgent first. Awaab&apos;s Law: an emergency hazard is investigated and made safe within 24 hours of the champion&apos;s visit; significant damp and mould is investigated within 10 working days, the resident gets a written summary within 3 working days of the investigation, and safety works begin within 5 working days of it. Working days leave out weekends and England&apos;s bank holidays. Safeguarding and other safety concerns have the landlord&apos;s own targets.</source>
        <translation>Pob cofnod sydd â pherygl, y mwyaf brys yn gyntaf. Cyfraith Awaab: rhaid ymchwilio i berygl brys a&apos;i wneud yn ddiogel o fewn 24 awr i ymweliad yr hyrwyddwr; rhaid ymchwilio i leithder a llwydni sylweddol o fewn 10 diwrnod gwaith, mae&apos;r preswylydd yn cael crynodeb ysgrifenedig o fewn 3 diwrnod gwaith i&apos;r ymchwiliad, ac mae gwaith diogelwch yn dechrau o fewn 5 diwrnod gwaith iddo. Nid yw diwrnodau gwaith yn cynnwys penwythnosau na gwyliau banc Lloegr. Ar gyfer diogelu a phryderon eraill am ddiogelwch, targedau&apos;r landlord ei hun sy&apos;n berthnasol.</translation>
    </message>
</context>
<context>
    <name>HouseholdRow</name>
    <message>
        <source>Household {n} flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat (optional)</source>
        <translation>Fflat (dewisol)</translation>
    </message>
    <message>
        <source>Household {n} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Dewiswch ateb</translation>
    </message>
    <message>
        <source>Required for each household recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household {n} comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said (optional)</source>
        <translation>Beth ddywedon nhw (dewisol)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove household {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes this household&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDate</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Estate Champion is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are kept encrypted on this laptop. Getting the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so your data is protected by the passphrase you chose. Type it to open Estate Champion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so Estate Champion protects the records on this laptop with a passphrase you choose now. You will type it each time the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it safe: without it the data on this laptop cannot be opened. Anything already sent is safe on your landlord&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate Champion cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Estate Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Estate Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on this laptop has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate Champion locks itself after a minute without use, so nobody else can read residents&apos; details on this laptop. Choose a PIN to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate Champion locks itself after %1 minutes without use, so nobody else can read residents&apos; details on this laptop. Choose a PIN to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locked itself because it was not used for a while. Type your PIN to carry on. Nothing you were doing has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Y 7 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>My log</source>
        <translation>Fy nghofnodion</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>Chwilio beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Finds records by the words residents used, as you type. Ctrl+F comes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what was said…</source>
        <translation>Chwilio beth a ddywedwyd…</translation>
    </message>
    <message>
        <source>Shows only the records that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Pob ystâd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Unrhyw gyflwr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Ha&amp;zards only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards only</source>
        <translation>Peryglon yn unig</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>Nifer y cofnodion</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>One row per record. Up and Down choose one; its details show below; Enter opens a draft. Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colofnau: dewiswch un i drefnu yn ôl honno</translation>
    </message>
    <message>
        <source>The columns of the records table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Does dim cofnodion yn cyfateb.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft? It has never been sent, so this cannot be undone.</source>
        <translation>Dileu&apos;r drafft hwn? Nid yw erioed wedi&apos;i anfon, felly does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Discard the changes you started? The submitted version is kept.</source>
        <translation>Taflu&apos;r newidiadau a ddechreuoch chi? Mae&apos;r fersiwn a gyflwynwyd yn cael ei chadw.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Dileu&apos;r drafft</translation>
    </message>
    <message>
        <source>Find the missing photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this record without the photo that is missing? Its answers are kept and sent; only the missing photo is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Estate Champion — demo</source>
        <translation>Estate Champion — arddangosiad</translation>
    </message>
    <message>
        <source>Estate Champion</source>
        <translation>Estate Champion</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or with Ctrl and its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n yn aros i&apos;w hanfon</numerusform>
        </translation>
    </message>
    <message>
        <source>Items waiting to be sent</source>
        <translation>Eitemau sy&apos;n aros i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Cysoni diwethaf: %1</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>Ymweliad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw drafft</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>C&amp;yflwyno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find in my log…</source>
        <translation>&amp;Chwilio yn fy nghofnodion…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>&amp;Connect to your landlord…</source>
        <translation>C&amp;ysylltu â&apos;ch landlord…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Datgysylltu</translation>
    </message>
    <message>
        <source>&amp;Erase a resident&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About Estate Champion</source>
        <translation>&amp;Ynghylch Estate Champion</translation>
    </message>
    <message>
        <source>Submitted: it will be sent at the next sync.</source>
        <translation>Wedi&apos;i gyflwyno: bydd yn cael ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>&amp;Find in the review queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>About Estate Champion</source>
        <translation>Ynghylch Estate Champion</translation>
    </message>
    <message>
        <source>Estate Champion %1
Feedback from your neighbours, recorded safely even with no signal.</source>
        <translation>Estate Champion %1
Adborth gan eich cymdogion, wedi&apos;i gofnodi&apos;n ddiogel hyd yn oed heb signal.</translation>
    </message>
    <message>
        <source>{label} ({n} overdue)</source>
        <translation>{label} ({n} yn hwyr)</translation>
    </message>
    <message>
        <source>{label} ({n} open)</source>
        <translation>{label} ({n} ar agor)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n eitem yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>%1… %2 of %3</source>
        <translation>%1… %2 o %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Disconnect from your landlord</source>
        <translation>Datgysylltu oddi wrth eich landlord</translation>
    </message>
    <message>
        <source>Disconnect this laptop? Everything you logged stays here, but nothing is sent until you connect again.</source>
        <translation>Datgysylltu&apos;r gliniadur hwn? Mae popeth a gofnodwyd gennych yn aros yma, ond ni fydd dim yn cael ei anfon nes i chi gysylltu eto.</translation>
    </message>
</context>
<context>
    <name>MissingPhotoBox</name>
    <message>
        <source>Missing photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;without the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s) in this record are missing from this laptop, so it cannot be sent. Find the photo (the picture you added, from wherever it was kept), or send the record without it: its answers are kept either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiCheck</name>
    <message>
        <source>Tick all that apply; Space ticks the one with the focus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>Ymweliad &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;My log</source>
        <translation>&amp;Fy nghofnodion</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hazards</source>
        <translation>&amp;Peryglon</translation>
    </message>
    <message>
        <source>C&amp;omplaints</source>
        <translation>C&amp;wynion</translation>
    </message>
    <message>
        <source>&amp;You said, we did</source>
        <translation>&amp;Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ca&amp;mau gweithredu</translation>
    </message>
    <message>
        <source>Cham&amp;pions</source>
        <translation>H&amp;yrwyddwyr</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Cysoni</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>What {landlord} changed because residents on {estate} spoke up. Updated {day}.</source>
        <translation>Beth newidiodd {landlord} oherwydd i breswylwyr {estate} ddweud eu dweud. Diweddarwyd {day}.</translation>
    </message>
    <message>
        <source>Nothing has been published for this estate yet.</source>
        <translation>Does dim wedi&apos;i gyhoeddi ar gyfer yr ystâd hon eto.</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>Dywedoch chi:</translation>
    </message>
    <message>
        <source>We did:</source>
        <translation>Fe wnaethom ni:</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statws: {status}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Erbyn {day}</translation>
    </message>
    <message>
        <source>Tell your Estate Service Champion what you think, or contact {landlord}.</source>
        <translation>Dywedwch wrth eich Hyrwyddwr Gwasanaethau Ystâd beth rydych chi&apos;n ei feddwl, neu cysylltwch â {landlord}.</translation>
    </message>
    <message>
        <source>You said, we did — {estate}</source>
        <translation>Dywedoch chi, fe wnaethom ni — {estate}</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Print a notice</source>
        <translation>Argraffu hysbysiad</translation>
    </message>
    <message>
        <source>Print a You said, we did notice</source>
        <translation>Argraffu hysbysiad Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>&amp;Large print (18 point)</source>
        <translation>&amp;Print bras (18 pwynt)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>&amp;Estate</source>
        <translation>&amp;Ystâd</translation>
    </message>
</context>
<context>
    <name>OperativePanel</name>
    <message>
        <source>Did they show their ID?</source>
        <translation>A wnaethon nhw ddangos eu cerdyn adnabod?</translation>
    </message>
    <message>
        <source>Did they arrive on time?</source>
        <translation>A wnaethon nhw gyrraedd mewn pryd?</translation>
    </message>
    <message>
        <source>Did they explain the work?</source>
        <translation>A wnaethon nhw egluro&apos;r gwaith?</translation>
    </message>
    <message>
        <source>Were they polite and respectful?</source>
        <translation>Oedden nhw&apos;n gwrtais ac yn barchus?</translation>
    </message>
    <message>
        <source>Did they protect your home (covers, dust sheets)?</source>
        <translation>A wnaethon nhw ddiogelu eich cartref (gorchuddion, cynfasau llwch)?</translation>
    </message>
    <message>
        <source>Did they leave it clean and tidy?</source>
        <translation>A wnaethon nhw ei adael yn lân ac yn daclus?</translation>
    </message>
    <message>
        <source>Operative {n}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative {n}: who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operative, or type the name they gave</source>
        <translation>Dewiswch y gweithiwr, neu teipiwch yr enw a roddodd</translation>
    </message>
    <message>
        <source>{count} operatives match “{text}”: choose one, or keep the name as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with this operative?</source>
        <translation>At ei gilydd, pa mor fodlon ydych chi â&apos;r gweithiwr hwn?</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>Canmoliaeth</translation>
    </message>
    <message>
        <source>Operative {n}: compliment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliment to pass on (optional)</source>
        <translation>Canmoliaeth i&apos;w throsglwyddo (dewisol)</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operative {n}: concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything they were unhappy about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove operative {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes this operative&apos;s panel and its answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchDialog</name>
    <message>
        <source>Set the patch</source>
        <translation>Gosod yr ardal</translation>
    </message>
    <message>
        <source>Patch of {name}</source>
        <translation>Ardal {name}</translation>
    </message>
    <message>
        <source>The estates {name} covers. Their laptop fetches the new patch at its next sync; nothing they logged is lost.</source>
        <translation>Yr ystadau y mae {name} yn gofalu amdanyn nhw. Bydd eu gliniadur yn nôl yr ardal newydd y tro nesaf y bydd yn cysoni; does dim byd a gofnodwyd ganddyn nhw yn cael ei golli.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>This photo cannot be shown: its file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <source>Photo thumbnail</source>
        <translation>Llun bach</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Capsiwn y llun</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Beth mae&apos;r llun yn ei ddangos</translation>
    </message>
    <message>
        <source>Shows a person or the inside of a home</source>
        <translation>Yn dangos person neu du mewn cartref</translation>
    </message>
    <message>
        <source>Such a photo needs the resident&apos;s consent to photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>Removes this photo from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Choose a photo file; it is made smaller before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are made smaller before they are kept. Photos of a person or inside a home need the resident&apos;s consent.</source>
        <translation>Mae lluniau&apos;n cael eu gwneud yn llai cyn eu cadw. Mae angen caniatâd y preswylydd ar gyfer lluniau o berson neu o du mewn cartref.</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <source>Making the photo smaller…</source>
        <translation>Wrthi&apos;n gwneud y llun yn llai…</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Type part of the name, then press Down to see what matches, or Enter to choose the one that matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostWorksForm</name>
    <message>
        <source>The work</source>
        <translation>Y gwaith</translation>
    </message>
    <message>
        <source>Choose a job to fill in its dates, or type them from the card or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job dates</source>
        <translation>Dyddiadau&apos;r gwaith</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone was sent out on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was finished on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has been sent out to do the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 of the visit is asked once someone has been sent out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of work</source>
        <translation>&amp;Math o waith</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by (team or contractor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1: reported until someone was sent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1: reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied were you with how easy it was to report?</source>
        <translation>Pa mor fodlon oeddech chi â pha mor hawdd oedd rhoi gwybod amdano?</translation>
    </message>
    <message>
        <source>Was the priority and its target time explained?</source>
        <translation>A gafodd y flaenoriaeth a&apos;i hamser targed eu hegluro?</translation>
    </message>
    <message>
        <source>Were you offered a choice of appointment?</source>
        <translation>A gawsoch chi gynnig dewis o apwyntiad?</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with part 1: from reporting the repair to someone being sent out? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 rating</source>
        <translation>Sgôr rhan 1</translation>
    </message>
    <message>
        <source>Part 2: sent out until the work was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2: the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the appointment kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many visits it took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits needed</source>
        <translation>Ymweliadau oedd eu hangen</translation>
    </message>
    <message>
        <source>Was it fixed first time?</source>
        <translation>A gafodd ei drwsio y tro cyntaf?</translation>
    </message>
    <message>
        <source>Was the work completed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is more work needed?</source>
        <translation>Oes angen rhagor o waith?</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with part 2: from the operative being sent out to the work being finished? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 rating</source>
        <translation>Sgôr rhan 2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (Tenant Satisfaction Measures wording)</source>
        <translation>At ei gilydd (geiriad y Mesurau Boddhad Tenantiaid)</translation>
    </message>
    <message>
        <source>The operatives who came</source>
        <translation>Y gweithwyr a ddaeth</translation>
    </message>
    <message>
        <source>Operatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operative</source>
        <translation>Ychwanegu gweithiwr</translation>
    </message>
    <message>
        <source>Adds a panel for one more operative who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 is asked once someone has been sent out to do the work. A post-works visit needs it: tick this when they have (save a draft meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}. Reported {reported}; someone sent out {sent}; finished {done} (from the landlord&apos;s worklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The file {path} cannot be written. Choose another folder.</source>
        <translation>Nid oes modd ysgrifennu&apos;r ffeil {path}. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>The file {path} could not be written.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil {path}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Choose the estate this is about.</source>
        <translation>Dewiswch yr ystâd y mae hyn yn ymwneud â hi.</translation>
    </message>
    <message>
        <source>Connect to your landlord to get the list of estates, then choose one. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo shows a person or the inside of a home: it needs the resident&apos;s consent to photos.</source>
        <translation>Mae&apos;r llun hwn yn dangos person neu du mewn cartref: mae angen caniatâd y preswylydd i dynnu lluniau.</translation>
    </message>
    <message>
        <source>The visit cannot be in the future: correct its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than allowed: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <source> · job {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by {name} · visit {visit} · sent {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Hazard: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident wants to make a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered the choice to complain; the resident did not want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Conflict: a version was made from an older one (changed on two devices). Compare the versions in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>[photo being fetched from the server]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident did not agree to be contacted: no contact details were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to be contacted on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Would like a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to photos on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Operative {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households spoken to</source>
        <translation>Aelwydydd y siaradwyd â nhw</translation>
    </message>
    <message>
        <source>Flat {flat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} sent {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, received by the server {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — conflict: made from an older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefData</name>
    <message>
        <source>your landlord</source>
        <translation>eich landlord</translation>
    </message>
    <message>
        <source>the emergency repairs line</source>
        <translation>y llinell atgyweiriadau brys</translation>
    </message>
    <message>
        <source>the complaints line</source>
        <translation>y llinell gwynion</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate</source>
        <translation>&amp;Ystâd</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ut by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny &amp;pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the scrutiny pack as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole landlord: every champion&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your estates: the records you logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Pob ystâd</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} records to {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrutiny-pack.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny pack written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the scrutiny pack…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>The whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record in the queue to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve  (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;issues…  (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Re&amp;ject…  (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with the champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the champion a question or thank them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since it was reviewed: review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Why is it rejected? The champion reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs putting right? The champion reads this and can change the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same note goes on all %n records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;having issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason first: a champion cannot put right what nobody has told them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the list: A approve · I has issues · R reject · Enter reply to the champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colofnau: dewiswch un i drefnu yn ôl honno</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
    <message>
        <source>Search what was said</source>
        <translation>Chwilio beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Search what was said…</source>
        <translation>Chwilio beth a ddywedwyd…</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Pob ystâd</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Hyrwyddwr</translation>
    </message>
    <message>
        <source>All champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Y 7 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Y 30 diwrnod diwethaf</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;zards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards only</source>
        <translation>Peryglon yn unig</translation>
    </message>
    <message>
        <source>&amp;Complaint wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only residents who want to complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here: all done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appro&amp;ve selected (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Review queued: it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reviews queued: they are sent at the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard · complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · new reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySession</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing has been changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left before it stops working: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: type your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs, so Estate Champion is staying locked. Close it; opening it again needs you to be signed in to this computer as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you chose when Estate Champion was set up on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Language / Iaith</source>
        <translation>Iaith / Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Follow this computer (%1)</source>
        <translation>&amp;Dilyn y cyfrifiadur hwn (%1)</translation>
    </message>
    <message>
        <source>A new language shows the next time Estate Champion opens. Records keep the same answers whatever the language.</source>
        <translation>Bydd iaith newydd yn ymddangos y tro nesaf y bydd Estate Champion yn agor. Mae cofnodion yn cadw&apos;r un atebion beth bynnag yw&apos;r iaith.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Ynghylch yr iaith</translation>
    </message>
    <message>
        <source>Saved. The new language shows the next time Estate Champion opens.</source>
        <translation>Wedi&apos;i gadw. Bydd yr iaith newydd yn ymddangos y tro nesaf y bydd Estate Champion yn agor.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to {pages}: Ctrl+1 to Ctrl+{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the review queue: A approve, I has issues, R reject (I and R ask why); select several rows with Shift or Ctrl to approve them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the queue: write to the champion; Ctrl+Shift+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the review queue: Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit: Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit: Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft: Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit: Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in my log: Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to your coordinator (in My log): Ctrl+Shift+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields: Tab and Shift+Tab. A table or list is one stop: move in it with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer within a question: the arrow keys (they choose as they move); Space ticks a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt with an underlined letter: go to that field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <source>Records by state</source>
        <translation>Cofnodion yn ôl eu cyflwr</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>&amp;Connect to your landlord…</source>
        <translation>C&amp;ysylltu â&apos;ch landlord…</translation>
    </message>
    <message>
        <source>Connect to your landlord</source>
        <translation>Cysylltu â&apos;ch landlord</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Sync messages</source>
        <translation>Negeseuon cysoni</translation>
    </message>
    <message>
        <source>Sync with the office is not set up on this laptop yet. Everything you record is kept safely here and waits to be sent.</source>
        <translation>Nid yw cysoni â&apos;r swyddfa wedi&apos;i osod ar y gliniadur hwn eto. Mae popeth rydych chi&apos;n ei gofnodi yn cael ei gadw&apos;n ddiogel yma ac yn aros i gael ei anfon.</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>Ar-lein.</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>All-lein.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n eitem yn aros i&apos;w hanfon.</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon.</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon.</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon.</numerusform>
            <numerusform>%n eitem yn aros i&apos;w hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>Cysoni diwethaf: %1.</translation>
    </message>
    <message>
        <source>Drafts: %1 · Waiting to be sent: %2 · Sent: %3 · Reviewed: %4 · Needs attention: %5</source>
        <translation>Drafftiau: %1 · Yn aros i&apos;w hanfon: %2 · Wedi&apos;u hanfon: %3 · Wedi&apos;u hadolygu: %4 · Angen sylw: %5</translation>
    </message>
</context>
<context>
    <name>TalkSection</name>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>What was &amp;said (in their words)</source>
        <translation>Beth a &amp;ddywedwyd (yn eu geiriau nhw)</translation>
    </message>
    <message>
        <source>What you &amp;saw (notes)</source>
        <translation>Beth a &amp;welsoch chi (nodiadau)</translation>
    </message>
    <message>
        <source>Do not write down health conditions or other personal details.</source>
        <translation>Peidiwch ag ysgrifennu cyflyrau iechyd na manylion personol eraill.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Estate Champion is closing, so this stopped part-way. Nothing has been lost; it carries on next time.</source>
        <translation>Mae Estate Champion yn cau, felly daeth hyn i ben hanner ffordd. Does dim wedi&apos;i golli; bydd yn parhau y tro nesaf.</translation>
    </message>
    <message>
        <source>The data on this laptop has been deleted, or Estate Champion is closing: there is nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>This laptop is not connected yet. Your records are kept here and will be sent once you connect. Until then, type the place in your own words; choose the estate after connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to your landlord…</source>
        <translation>C&amp;ysylltu â&apos;ch landlord…</translation>
    </message>
    <message>
        <source>Connect to your landlord</source>
        <translation>Cysylltu â&apos;ch landlord</translation>
    </message>
    <message>
        <source>Opens the Connect dialog: the server address and the enrolment code your coordinator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Recently completed &amp;jobs in your patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently completed jobs</source>
        <translation>Gwaith a gwblhawyd yn ddiweddar</translation>
    </message>
    <message>
        <source>One row per job. Up and Down choose a job; Enter starts its visit; Tab leaves the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>The columns of the jobs table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recently completed jobs on this laptop. The list arrives with each sync once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;post-works visit for this job</source>
        <translation>Dechrau &amp;ymweliad ar ôl gwaith ar gyfer y gwaith hwn</translation>
    </message>
    <message>
        <source>Start the visit for the chosen job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job in a home starts a post-works visit; a communal job starts block feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose one; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the estate to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts. Well done!</source>
        <translation>Dim drafftiau. Da iawn!</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Does dim angen sylw.</translation>
    </message>
    <message>
        <source>place not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently completed jobs not yet visited: {jobs}. Drafts to finish: {drafts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{block} (communal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Start &amp;block feedback for this job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TsmQuestions</name>
    <message>
        <source>&amp;Ask the satisfaction questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the questions. Ask only those that fit the conversation; leave the others on Not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ask only if: {condition}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different resident: ask it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the repairs question for the last 12 months although it was asked at this home within the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers to these questions were set back to Not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask {landlord}&apos;s own satisfaction questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the Tenant Satisfaction Measures questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are {landlord}&apos;s own questions for leaseholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These use the Tenant Satisfaction Measures wording, but are not an official survey. Ask only those that fit; leave the others on Not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared owners are not asked the questions about repairs and the upkeep of the home (the Tenant Satisfaction Measures rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repairs question for the last 12 months was last asked at this home on {day}. It is asked at most once a year per resident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>New visit</source>
        <translation>Ymweliad newydd</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new form of this kind (asks first if the open form has changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of visit to record. You can save a draft at any time and finish it later.</source>
        <translation>Dewiswch pa fath o ymweliad i&apos;w gofnodi. Gallwch chi gadw drafft unrhyw bryd a&apos;i orffen yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Choose a kind of visit</source>
        <translation>Dewiswch fath o ymweliad</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Statws y ffurflen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this form</source>
        <translation>Cau&apos;r ffurflen hon</translation>
    </message>
    <message>
        <source>Closes the form; asks first if it has changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save d&amp;raft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Cadw drafft</translation>
    </message>
    <message>
        <source>Keeps the form on this laptop as it is, complete or not. Nothing is sent. Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>C&amp;yflwyno</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Cyflwyno</translation>
    </message>
    <message>
        <source>Checks every answer, then queues the record to be sent at the next sync. Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are changing a record that was already submitted. Submitting sends it as a new version.</source>
        <translation>Rydych chi&apos;n newid cofnod a gafodd ei gyflwyno eisoes. Bydd ei gyflwyno yn ei anfon fel fersiwn newydd.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Save them as a draft?</source>
        <translation>Mae newidiadau ar y ffurflen hon sydd heb eu cadw eto. Eu cadw fel drafft?</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the estate before you submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the answers marked need attention. Save a draft to keep it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted. It will be sent to the office at the next sync.</source>
        <translation>Wedi&apos;i gyflwyno. Bydd yn cael ei anfon i&apos;r swyddfa y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wrthi&apos;n cyflwyno…</translation>
    </message>
    <message>
        <source>Some answers need attention. Your draft is saved.</source>
        <translation>Mae angen sylw ar rai atebion. Mae eich drafft wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>WalkaboutForm</name>
    <message>
        <source>What you saw on the walkabout</source>
        <translation>Beth a welsoch chi ar y daith gerdded</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <source>Did you explain how to report a repair?</source>
        <translation>A wnaethoch chi egluro sut i roi gwybod am atgyweiriad?</translation>
    </message>
    <message>
        <source>Did you explain repair priorities and target times?</source>
        <translation>A wnaethoch chi egluro blaenoriaethau atgyweirio a&apos;r amseroedd targed?</translation>
    </message>
    <message>
        <source>Did you explain who is responsible for what?</source>
        <translation>A wnaethoch chi egluro pwy sy&apos;n gyfrifol am beth?</translation>
    </message>
    <message>
        <source>Is the home in good condition?</source>
        <translation>Ydy&apos;r cartref mewn cyflwr da?</translation>
    </message>
    <message>
        <source>The tenancy</source>
        <translation>Y denantiaeth</translation>
    </message>
    <message>
        <source>Ten&amp;ancy started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome pack and languages</source>
        <translation>Pecyn croeso ac ieithoedd</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome pac&amp;k format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter is needed</source>
        <translation>Mae angen &amp;cyfieithydd</translation>
    </message>
    <message>
        <source>Best way to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs explained</source>
        <translation>Atgyweiriadau wedi&apos;u hegluro</translation>
    </message>
    <message>
        <source>Outstanding repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions they raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs (only with explicit consent)</source>
        <translation>Anghenion mynediad (dim ond gyda chaniatâd penodol)</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Anghenion mynediad</translation>
    </message>
    <message>
        <source>Explicitly agrees to record access needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to record access needs</source>
        <translation>Yn cytuno i gofnodi anghenion mynediad</translation>
    </message>
    <message>
        <source>Ask first; record only the codes, never the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access needs (codes only, no details)</source>
        <translation>Anghenion mynediad (codau yn unig, dim manylion)</translation>
    </message>
</context>
<context>
    <name>WhereSection</name>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Type an estate name</source>
        <translation>Teipiwch enw ystâd</translation>
    </message>
    <message>
        <source>No estate matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} estates match “{text}”: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Type a block name (optional)</source>
        <translation>Teipiwch enw bloc (dewisol)</translation>
    </message>
    <message>
        <source>No block matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} blocks match “{text}”: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Type part of the address (optional)</source>
        <translation>Teipiwch ran o&apos;r cyfeiriad (dewisol)</translation>
    </message>
    <message>
        <source>No home matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} homes match “{text}”: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no list of estates yet: it has not connected to your landlord. Describe the place below; choose the estate once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es&amp;tate (required to submit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, in your own &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Flat 7, Rowan House, Alder Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the draft until you can choose the estate from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job reference</source>
        <translation>Cyfeirnod y gwaith</translation>
    </message>
    <message>
        <source>Choose a recent job or type its reference</source>
        <translation>Dewiswch waith diweddar neu teipiwch ei gyfeirnod</translation>
    </message>
    <message>
        <source>{count} jobs match “{text}”: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Gwaith</translation>
    </message>
    <message>
        <source>Recent jobs in your patch are listed; type a reference from a card or letter if it is not.</source>
        <translation>Mae gwaith diweddar yn eich ardal wedi&apos;i restru; teipiwch gyfeirnod o gerdyn neu lythyr os nad yw yno.</translation>
    </message>
    <message>
        <source>&amp;Visit date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, unless you are typing up a visit from earlier. Never in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was &amp;collected</source>
        <translation>Sut y cafodd ei &amp;gasglu</translation>
    </message>
    <message>
        <source>Who a&amp;nswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{places} cleared: not on {estate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home “{home}” cleared: it is not in {block}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” replaced by {chosen}, to match {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <source>Your landlord has withdrawn this laptop&apos;s access and asked for its data to be deleted (for example because it was reported lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residents&apos; data on this laptop has been deleted: records, photos and reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is no longer connected. You can close Estate Champion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouSaidPage</name>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>What changed because residents spoke up. Share these on the doorstep.</source>
        <translation>Beth newidiodd oherwydd i breswylwyr ddweud eu dweud. Rhannwch y rhain ar garreg y drws.</translation>
    </message>
    <message>
        <source>Published outcomes</source>
        <translation>Canlyniadau a gyhoeddwyd</translation>
    </message>
    <message>
        <source>Nothing has been published for your estates yet. When the office publishes what changed after residents&apos; feedback, it shows here after the next sync, so you can tell your neighbours.</source>
        <translation>Does dim wedi&apos;i gyhoeddi ar gyfer eich ystadau eto. Pan fydd y swyddfa&apos;n cyhoeddi beth newidiodd ar ôl adborth preswylwyr, bydd yn ymddangos yma ar ôl y cysoni nesaf, er mwyn i chi allu dweud wrth eich cymdogion.</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>Dywedoch chi:</translation>
    </message>
    <message>
        <source>We did:</source>
        <translation>Fe wnaethom ni:</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <source>Work in progress.</source>
        <translation>Gwaith ar y gweill.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong that the app did not expect. What you had already saved is safe. If it happens again, tell your coordinator and mention the time; the details are in the app&apos;s log file.</source>
        <translation>Aeth rhywbeth o&apos;i le nad oedd yr ap yn ei ddisgwyl. Mae&apos;r hyn roeddech chi wedi&apos;i gadw eisoes yn ddiogel. Os bydd yn digwydd eto, dywedwch wrth eich cydlynydd a nodwch yr amser; mae&apos;r manylion yn ffeil log yr ap.</translation>
    </message>
    <message>
        <source>Some answers need attention before this can be sent:</source>
        <translation>Mae angen sylw ar rai atebion cyn y gellir anfon hwn:</translation>
    </message>
    <message>
        <source>The computer refused a file operation (%1). Check the disk is not full and try again; nothing saved has been lost.</source>
        <translation>Gwrthododd y cyfrifiadur weithred ar ffeil (%1). Gwnewch yn siŵr nad yw&apos;r ddisg yn llawn a rhowch gynnig arall arni; does dim sydd wedi&apos;i gadw wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Estate Champion</source>
        <translation>Estate Champion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened. It has been left exactly as it is, because it may hold logs that have not been synced yet. Close the app, keep a copy of that file, and ask your coordinator for help; to carry on meanwhile, start the app with a different --data-dir.</source>
        <translation>Mae ffeil y gronfa ddata {path} wedi&apos;i difrodi ac nid oes modd ei hagor. Mae wedi&apos;i gadael yn union fel y mae, oherwydd gallai gynnwys cofnodion sydd heb eu cysoni eto. Caewch yr ap, cadwch gopi o&apos;r ffeil honno, a gofynnwch i&apos;ch cydlynydd am help; i barhau yn y cyfamser, dechreuwch yr ap gyda --data-dir gwahanol.</translation>
    </message>
    <message>
        <source>The database file {path} is in use by another program (perhaps a second copy of Estate Champion) and cannot be opened now. Close the other copy and try again; nothing has been lost.</source>
        <translation>Mae ffeil y gronfa ddata {path} yn cael ei defnyddio gan raglen arall (ail gopi o Estate Champion efallai) ac nid oes modd ei hagor nawr. Caewch y copi arall a rhowch gynnig arall arni; does dim wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written to. Check that the folder exists, that the disk is not full, and that you have permission to write there; or start the app with a different --data-dir.</source>
        <translation>Nid oes modd ysgrifennu i ffeil y gronfa ddata {path}. Gwnewch yn siŵr fod y ffolder yn bodoli, nad yw&apos;r ddisg yn llawn, a bod gennych ganiatâd i ysgrifennu yno; neu dechreuwch yr ap gyda --data-dir gwahanol.</translation>
    </message>
    <message>
        <source>The database file {path} was written by a newer version of Estate Champion. Install the newer version to open it; the file has not been changed.</source>
        <translation>Cafodd ffeil y gronfa ddata {path} ei hysgrifennu gan fersiwn mwy newydd o Estate Champion. Gosodwch y fersiwn mwy newydd i&apos;w hagor; nid yw&apos;r ffeil wedi&apos;i newid.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Doorstep conversation</source>
        <translation>Sgwrs ar garreg y drws</translation>
    </message>
    <message>
        <source>Post-works visit</source>
        <translation>Ymweliad ar ôl gwaith</translation>
    </message>
    <message>
        <source>Block feedback</source>
        <translation>Adborth bloc</translation>
    </message>
    <message>
        <source>Welcome visit</source>
        <translation>Ymweliad croeso</translation>
    </message>
    <message>
        <source>Estate walkabout</source>
        <translation>Taith gerdded o amgylch yr ystâd</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Choose at least one topic the conversation was about.</source>
        <translation>Dewiswch o leiaf un pwnc yr oedd y sgwrs yn ymwneud ag ef.</translation>
    </message>
    <message>
        <source>{code} is not a TSM question (TP01 to TP12).</source>
        <translation>Nid yw {code} yn un o gwestiynau&apos;r TSM (TP01 i TP12).</translation>
    </message>
    <message>
        <source>{code} is answered on the agree/disagree scale.</source>
        <translation>Mae {code} yn cael ei ateb ar y raddfa cytuno/anghytuno.</translation>
    </message>
    <message>
        <source>{code} is answered on the satisfied/dissatisfied scale.</source>
        <translation>Mae {code} yn cael ei ateb ar y raddfa bodlon/anfodlon.</translation>
    </message>
    <message>
        <source>Unknown item: {items}.</source>
        <translation>Eitem anhysbys: {items}.</translation>
    </message>
    <message>
        <source>Score at least one item on the walkabout.</source>
        <translation>Rhowch sgôr i o leiaf un eitem ar y daith gerdded.</translation>
    </message>
    <message>
        <source>The visit cannot be in the future: correct its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the estate this is about before submitting: your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator asks: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Contact details are only kept when the resident agrees to be contacted. Tick the contact consent or clear the contact details.</source>
        <translation>Dim ond pan fydd y preswylydd yn cytuno i rywun gysylltu ag ef y caiff manylion cyswllt eu cadw. Ticiwch y caniatâd i gysylltu neu cliriwch y manylion cyswllt.</translation>
    </message>
    <message>
        <source>A call back needs a phone number or an email address.</source>
        <translation>Mae angen rhif ffôn neu gyfeiriad e-bost i ffonio&apos;n ôl.</translation>
    </message>
    <message>
        <source>The resident wants to complain, so the choice to complain was offered: tick it.</source>
        <translation>Mae&apos;r preswylydd eisiau cwyno, felly cafodd y dewis i gwyno ei gynnig: ticiwch hwn.</translation>
    </message>
    <message>
        <source>The resident is dissatisfied. The Complaint Handling Code says they must be offered the choice to make a complaint: offer it, then tick this.</source>
        <translation>Mae&apos;r preswylydd yn anfodlon. Mae&apos;r Cod Ymdrin â Chwynion yn dweud bod rhaid cynnig y dewis iddo wneud cwyn: cynigiwch hynny, yna ticiwch hwn.</translation>
    </message>
    <message>
        <source>Say briefly what the hazard is and where it is.</source>
        <translation>Dywedwch yn fyr beth yw&apos;r perygl a ble mae.</translation>
    </message>
    <message>
        <source>Shared owners are not asked this question (the Tenant Satisfaction Measures rules): clear the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone cannot be sent out before the repair was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work cannot be finished before it was reported or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operative or write the name they gave.</source>
        <translation>Dewiswch y gweithiwr neu ysgrifennwch yr enw a roddodd.</translation>
    </message>
    <message>
        <source>{count} households&apos; answers are recorded, so at least {count} were spoken to.</source>
        <translation>Mae atebion {count} aelwyd wedi&apos;u cofnodi, felly cafodd o leiaf {count} eu holi.</translation>
    </message>
    <message>
        <source>Score at least one item or record one household.</source>
        <translation>Rhowch sgôr i o leiaf un eitem neu cofnodwch un aelwyd.</translation>
    </message>
    <message>
        <source>Access needs are only recorded with the resident&apos;s explicit consent: tick the consent or clear them.</source>
        <translation>Dim ond gyda chaniatâd penodol y preswylydd y caiff anghenion mynediad eu cofnodi: ticiwch y caniatâd neu cliriwch nhw.</translation>
    </message>
    <message>
        <source>The welcome visit cannot be before the tenancy started.</source>
        <translation>Ni all yr ymweliad croeso fod cyn i&apos;r denantiaeth ddechrau.</translation>
    </message>
</context>
<context>
    <name>scales.AccessNeed</name>
    <message>
        <source>Hearing</source>
        <translation>Clyw</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Symudedd</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Cadair olwyn</translation>
    </message>
    <message>
        <source>Language support</source>
        <translation>Cymorth iaith</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>scales.ActionStatus</name>
    <message>
        <source>Logged</source>
        <translation>Wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Ni fydd yn cael ei wneud</translation>
    </message>
</context>
<context>
    <name>scales.Agreement</name>
    <message>
        <source>Strongly agree</source>
        <translation>Cytuno&apos;n gryf</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ddim yn cytuno nac yn anghytuno</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Anghytuno&apos;n gryf</translation>
    </message>
    <message>
        <source>No answer (not read out)</source>
        <translation>Dim ateb (peidiwch â&apos;i ddarllen allan)</translation>
    </message>
</context>
<context>
    <name>scales.AppointmentKept</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Rescheduled with notice</source>
        <translation>Aildrefnwyd gyda rhybudd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Methwyd</translation>
    </message>
</context>
<context>
    <name>scales.BlockTrigger</name>
    <message>
        <source>End of communal repair</source>
        <translation>Diwedd atgyweiriad cymunedol</translation>
    </message>
    <message>
        <source>Cleaning check</source>
        <translation>Gwiriad glanhau</translation>
    </message>
    <message>
        <source>Walkabout</source>
        <translation>Taith gerdded</translation>
    </message>
</context>
<context>
    <name>scales.CaseKind</name>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
</context>
<context>
    <name>scales.CaseState</name>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Passed to repairs</source>
        <translation>Wedi trosglwyddo i&apos;r tîm atgyweiriadau</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Wedi ymchwilio</translation>
    </message>
    <message>
        <source>Written summary sent</source>
        <translation>Wedi anfon crynodeb ysgrifenedig</translation>
    </message>
    <message>
        <source>Safety works begun</source>
        <translation>Wedi dechrau gwaith diogelwch</translation>
    </message>
    <message>
        <source>Made safe</source>
        <translation>Wedi&apos;i wneud yn ddiogel</translation>
    </message>
    <message>
        <source>Passed to the complaints team</source>
        <translation>Wedi trosglwyddo i&apos;r tîm cwynion</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi cydnabod</translation>
    </message>
    <message>
        <source>Stage 1 response sent</source>
        <translation>Wedi anfon ymateb cam 1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
</context>
<context>
    <name>scales.CharterCommitment</name>
    <message>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Voice and influence</source>
        <translation>Llais a dylanwad</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Atebolrwydd</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Ansawdd</translation>
    </message>
    <message>
        <source>When things go wrong</source>
        <translation>Pan fydd pethau&apos;n mynd o chwith</translation>
    </message>
</context>
<context>
    <name>scales.Check</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
</context>
<context>
    <name>scales.CollectionMethod</name>
    <message>
        <source>On the doorstep</source>
        <translation>Ar garreg y drws</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Ffurflen bapur</translation>
    </message>
    <message>
        <source>On a walkabout</source>
        <translation>Ar daith gerdded</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Cyfarfod grŵp</translation>
    </message>
</context>
<context>
    <name>scales.Completed</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Yn rhannol</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>scales.Condition</name>
    <message>
        <source>A – very good</source>
        <translation>A – da iawn</translation>
    </message>
    <message>
        <source>B – good</source>
        <translation>B – da</translation>
    </message>
    <message>
        <source>C – average</source>
        <translation>C – cyffredin</translation>
    </message>
    <message>
        <source>D – poor</source>
        <translation>D – gwael</translation>
    </message>
    <message>
        <source>E – not applicable</source>
        <translation>E – amherthnasol</translation>
    </message>
</context>
<context>
    <name>scales.Escalation</name>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Cais am wasanaeth</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Awaab&apos;s Law: emergency hazard</source>
        <translation>Cyfraith Awaab: perygl brys</translation>
    </message>
    <message>
        <source>Awaab&apos;s Law: damp and mould</source>
        <translation>Cyfraith Awaab: lleithder a llwydni</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
</context>
<context>
    <name>scales.Hazard</name>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Emergency (danger now)</source>
        <translation>Argyfwng (perygl nawr)</translation>
    </message>
    <message>
        <source>Damp and mould</source>
        <translation>Lleithder a llwydni</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Other safety concern</source>
        <translation>Pryder arall am ddiogelwch</translation>
    </message>
</context>
<context>
    <name>scales.HowReported</name>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Hyrwyddwr</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>scales.PackFormat</name>
    <message>
        <source>Standard print</source>
        <translation>Print safonol</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Wedi&apos;i gyfieithu</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digidol</translation>
    </message>
</context>
<context>
    <name>scales.PreferredContact</name>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
</context>
<context>
    <name>scales.Priority</name>
    <message>
        <source>Immediate</source>
        <translation>Ar unwaith</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Archwiliad</translation>
    </message>
</context>
<context>
    <name>scales.ReportedTo</name>
    <message>
        <source>Scrutiny panel</source>
        <translation>Panel craffu</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Cylchlythyr</translation>
    </message>
    <message>
        <source>Noticeboard</source>
        <translation>Hysbysfwrdd</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bwrdd</translation>
    </message>
</context>
<context>
    <name>scales.Respondent</name>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Joint tenant</source>
        <translation>Cyd-denant</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Aelod o&apos;r aelwyd</translation>
    </message>
    <message>
        <source>Leaseholder</source>
        <translation>Lesddeiliad</translation>
    </message>
    <message>
        <source>Shared owner</source>
        <translation>Rhanberchennog</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Dienw</translation>
    </message>
</context>
<context>
    <name>scales.ReviewState</name>
    <message>
        <source>Received</source>
        <translation>Wedi dod i law</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>scales.Satisfaction</name>
    <message>
        <source>Very satisfied</source>
        <translation>Bodlon iawn</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Eithaf bodlon</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Ddim yn fodlon nac yn anfodlon</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>Eithaf anfodlon</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Anfodlon iawn</translation>
    </message>
    <message>
        <source>No answer (not read out)</source>
        <translation>Dim ateb (peidiwch â&apos;i ddarllen allan)</translation>
    </message>
</context>
<context>
    <name>scales.Topic</name>
    <message>
        <source>Repairs</source>
        <translation>Atgyweiriadau</translation>
    </message>
    <message>
        <source>Home condition</source>
        <translation>Cyflwr y cartref</translation>
    </message>
    <message>
        <source>Damp and mould</source>
        <translation>Lleithder a llwydni</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Communal areas</source>
        <translation>Ardaloedd cymunedol</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Tiroedd</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Glanhau</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Sbwriel</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Goleuadau</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>Lifftiau</translation>
    </message>
    <message>
        <source>Door entry</source>
        <translation>System mynediad drws</translation>
    </message>
    <message>
        <source>Pests</source>
        <translation>Plâu</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parcio</translation>
    </message>
    <message>
        <source>Anti-social behaviour</source>
        <translation>Ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Cymdogaeth</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Cyfathrebu</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Parch</translation>
    </message>
    <message>
        <source>Complaints handling</source>
        <translation>Ymdrin â chwynion</translation>
    </message>
    <message>
        <source>Rent charges</source>
        <translation>Rhent a thaliadau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>scales.WorkKind</name>
    <message>
        <source>Responsive</source>
        <translation>Ymatebol</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Cyclical</source>
        <translation>Cylchol</translation>
    </message>
    <message>
        <source>Void (empty home)</source>
        <translation>Eiddo gwag (cartref gwag)</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Addasiad</translation>
    </message>
</context>
<context>
    <name>scales.condition_items</name>
    <message>
        <source>Floors stairs</source>
        <translation>Lloriau a grisiau</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Goleuadau</translation>
    </message>
    <message>
        <source>Walls ceilings</source>
        <translation>Waliau a nenfydau</translation>
    </message>
    <message>
        <source>Handrails</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Bin areas</source>
        <translation>Mannau biniau</translation>
    </message>
    <message>
        <source>Internal litter</source>
        <translation>Sbwriel y tu mewn</translation>
    </message>
    <message>
        <source>External litter</source>
        <translation>Sbwriel y tu allan</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Llwybrau</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Tiroedd</translation>
    </message>
    <message>
        <source>Doors and entry</source>
        <translation>Drysau a mynediad</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>Lifftiau</translation>
    </message>
    <message>
        <source>Fire doors and signage</source>
        <translation>Drysau tân ac arwyddion</translation>
    </message>
    <message>
        <source>Noticeboards</source>
        <translation>Hysbysfyrddau</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The enrolment code was not accepted: it may be mistyped, used already or expired. Ask your coordinator for a new one.</source>
        <translation>Ni chafodd y cod cofrestru ei dderbyn: efallai ei fod wedi&apos;i deipio&apos;n anghywir, wedi&apos;i ddefnyddio eisoes neu wedi dod i ben. Gofynnwch i&apos;ch cydlynydd am un newydd.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Mae&apos;r enw defnyddiwr neu&apos;r cyfrinair yn anghywir.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be checked, so nothing was sent. If your landlord uses its own certificate authority, set {setting} (or the CA bundle setting) to its certificate file.</source>
        <translation>Nid oedd modd gwirio tystysgrif ddiogelwch y gweinydd, felly ni chafodd dim ei anfon. Os yw eich landlord yn defnyddio ei awdurdod tystysgrifau ei hun, gosodwch {setting} (neu&apos;r gosodiad CA bundle) i ffeil ei dystysgrif.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Nid yw eich cyfrif yn cael gwneud hyn.</translation>
    </message>
    <message>
        <source>What was sent is too large for the server.</source>
        <translation>Mae&apos;r hyn a anfonwyd yn rhy fawr i&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>There is no Estate Champion server at this address. Check it with your coordinator.</source>
        <translation>Does dim gweinydd Estate Champion yn y cyfeiriad hwn. Gwiriwch ef gyda&apos;ch cydlynydd.</translation>
    </message>
    <message>
        <source>No system keyring was found, so this laptop&apos;s access key is kept in a file only your user account can read.</source>
        <translation>Ni chafwyd hyd i gylch allweddi&apos;r system, felly mae allwedd mynediad y gliniadur hwn yn cael ei chadw mewn ffeil y gall eich cyfrif defnyddiwr chi yn unig ei darllen.</translation>
    </message>
    <message>
        <source>This laptop&apos;s access key is kept in the system keyring.</source>
        <translation>Mae allwedd mynediad y gliniadur hwn yn cael ei chadw yng nghylch allweddi&apos;r system.</translation>
    </message>
    <message>
        <source>Type the enrolment code your coordinator gave you (or, for coordinators, your username and password).</source>
        <translation>Teipiwch y cod cofrestru a gawsoch gan eich cydlynydd (neu, i gydlynwyr, eich enw defnyddiwr a&apos;ch cyfrinair).</translation>
    </message>
    <message>
        <source>This laptop was not connected.</source>
        <translation>Nid oedd y gliniadur hwn wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>Disconnected. The server has withdrawn this laptop&apos;s access.</source>
        <translation>Wedi datgysylltu. Mae&apos;r gweinydd wedi tynnu mynediad y gliniadur hwn yn ôl.</translation>
    </message>
    <message>
        <source>Disconnected on this laptop, but the server could not be told. Ask your coordinator to withdraw this laptop&apos;s access.</source>
        <translation>Wedi datgysylltu ar y gliniadur hwn, ond nid oedd modd rhoi gwybod i&apos;r gweinydd. Gofynnwch i&apos;ch cydlynydd dynnu mynediad y gliniadur hwn yn ôl.</translation>
    </message>
    <message>
        <source>{count} item(s) are still waiting to be sent; they are kept and will be sent after you connect again.</source>
        <translation>Mae {count} eitem yn dal i aros i&apos;w hanfon; maen nhw&apos;n cael eu cadw a byddan nhw&apos;n cael eu hanfon ar ôl i chi gysylltu eto.</translation>
    </message>
    <message>
        <source>Sent {count}</source>
        <translation>Wedi anfon {count}</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Dim byd newydd i&apos;w anfon</translation>
    </message>
    <message>
        <source>received {count} update</source>
        <translation>wedi cael {count} diweddariad</translation>
    </message>
    <message>
        <source>received {count} updates</source>
        <translation>wedi cael {count} diweddariad</translation>
    </message>
    <message>
        <source>{sent}; {received}.</source>
        <translation>{sent}; {received}.</translation>
    </message>
    <message>
        <source>{count} needs attention.</source>
        <translation>Mae angen sylw ar {count}.</translation>
    </message>
    <message>
        <source>{count} need attention.</source>
        <translation>Mae angen sylw ar {count}.</translation>
    </message>
    <message>
        <source>{count} changed by someone else first.</source>
        <translation>Newidiodd rhywun arall {count} yn gyntaf.</translation>
    </message>
    <message>
        <source>{count} still waiting to be sent.</source>
        <translation>{count} yn dal i aros i&apos;w hanfon.</translation>
    </message>
    <message>
        <source>{count} cannot be sent until a photo in it is found or removed (open My log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cannot be sent until a photo in them is found or removed (open My log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} is too large for the server: ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} are too large for the server: ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending records</source>
        <translation>Wrthi&apos;n anfon cofnodion</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>Wrthi&apos;n anfon lluniau</translation>
    </message>
    <message>
        <source>Receiving updates</source>
        <translation>Wrthi&apos;n cael diweddariadau</translation>
    </message>
    <message>
        <source>This laptop is no longer connected to your landlord&apos;s server (its sign-in was refused). Nothing waiting to be sent has been lost. Connect again with a new enrolment code from your coordinator.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu â gweinydd eich landlord mwyach (gwrthodwyd ei fewngofnodi). Does dim sy&apos;n aros i&apos;w anfon wedi&apos;i golli. Cysylltwch eto gyda chod cofrestru newydd gan eich cydlynydd.</translation>
    </message>
    <message>
        <source>The connection to the server dropped part-way. Nothing has been lost: everything not yet confirmed is still waiting and will be sent next time.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd hanner ffordd. Does dim wedi&apos;i golli: mae popeth sydd heb ei gadarnhau eto yn dal i aros a bydd yn cael ei anfon y tro nesaf.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the internet connection. Your records are safe on this laptop and will be sent when the connection is back.</source>
        <translation>Nid oes modd cyrraedd y gweinydd: gwiriwch y cysylltiad â&apos;r rhyngrwyd. Mae eich cofnodion yn ddiogel ar y gliniadur hwn a byddan nhw&apos;n cael eu hanfon pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>The server had a problem and could not finish. Nothing has been lost; the app will try again in a few minutes.</source>
        <translation>Cafodd y gweinydd broblem ac nid oedd modd gorffen. Does dim wedi&apos;i golli; bydd yr ap yn rhoi cynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>The server sent an answer the app could not understand, so nothing was changed. Everything waiting to be sent is still waiting. If this keeps happening, tell your coordinator.</source>
        <translation>Anfonodd y gweinydd ateb nad oedd yr ap yn gallu ei ddeall, felly ni newidiwyd dim. Mae popeth sy&apos;n aros i&apos;w anfon yn dal i aros. Os bydd hyn yn dal i ddigwydd, dywedwch wrth eich cydlynydd.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is more than 5 minutes different from the server&apos;s. Set the correct date and time so your records show when they really happened.</source>
        <translation>Mae cloc y gliniadur hwn fwy na 5 munud yn wahanol i gloc y gweinydd. Gosodwch y dyddiad a&apos;r amser cywir er mwyn i&apos;ch cofnodion ddangos pryd y digwyddon nhw go iawn.</translation>
    </message>
    <message>
        <source>This laptop is not connected to your landlord&apos;s server yet. Use Connect to your landlord (or champion-app connect) with the enrolment code your coordinator gave you. Your records are kept safely here meanwhile.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu â gweinydd eich landlord eto. Defnyddiwch Cysylltu â&apos;ch landlord (neu champion-app connect) gyda&apos;r cod cofrestru a gawsoch gan eich cydlynydd. Mae eich cofnodion yn cael eu cadw&apos;n ddiogel yma yn y cyfamser.</translation>
    </message>
    <message>
        <source>Sync was stopped. Nothing has been lost; it will carry on next time.</source>
        <translation>Cafodd y cysoni ei atal. Does dim wedi&apos;i golli; bydd yn parhau y tro nesaf.</translation>
    </message>
    <message>
        <source>Your landlord has withdrawn this laptop&apos;s access and asked for the residents&apos; data on it to be deleted (for example because it was reported lost).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>never</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>tsm</name>
    <message>
        <source>your landlord</source>
        <translation>eich landlord</translation>
    </message>
    <message>
        <source>Taking everything into account, how satisfied or dissatisfied are you with the service provided by [landlord]?</source>
        <translation>Gan ystyried popeth, pa mor fodlon neu anfodlon ydych chi â&apos;r gwasanaeth a ddarperir gan [landlord]?</translation>
    </message>
    <message>
        <source>Overall satisfaction with the landlord&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with the overall repairs service from [landlord] over the last 12 months?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â gwasanaeth atgyweirio cyffredinol [landlord] dros y 12 mis diwethaf?</translation>
    </message>
    <message>
        <source>The repairs service over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair was done in the last 12 months</source>
        <translation>Cafodd atgyweiriad ei wneud yn ystod y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with the time taken to complete your most recent repair after you reported it?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â&apos;r amser a gymerwyd i gwblhau eich atgyweiriad diweddaraf ar ôl i chi roi gwybod amdano?</translation>
    </message>
    <message>
        <source>The time taken to complete the most recent repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] provides a home that is well maintained?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn darparu cartref sy&apos;n cael ei gynnal a&apos;i gadw&apos;n dda?</translation>
    </message>
    <message>
        <source>The home is well maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking about the condition of the property or building you live in, how satisfied or dissatisfied are you that [landlord] provides a home that is safe?</source>
        <translation>Gan feddwl am gyflwr yr eiddo neu&apos;r adeilad rydych chi&apos;n byw ynddo, pa mor fodlon neu anfodlon ydych chi fod [landlord] yn darparu cartref sy&apos;n ddiogel?</translation>
    </message>
    <message>
        <source>The home is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] listens to your views and acts upon them?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn gwrando ar eich barn ac yn gweithredu arni?</translation>
    </message>
    <message>
        <source>The landlord listens to views and acts on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] keeps you informed about things that matter to you?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn rhoi gwybod i chi am bethau sy&apos;n bwysig i chi?</translation>
    </message>
    <message>
        <source>The landlord keeps them informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To what extent do you agree or disagree with the following: &quot;[landlord] treats me fairly and with respect&quot;?</source>
        <translation>I ba raddau ydych chi&apos;n cytuno neu&apos;n anghytuno â&apos;r canlynol: &quot;Mae [landlord] yn fy nhrin yn deg a chyda pharch&quot;?</translation>
    </message>
    <message>
        <source>The landlord treats them fairly and with respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with [landlord]&apos;s approach to complaints handling?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â dull [landlord] o ymdrin â chwynion?</translation>
    </message>
    <message>
        <source>How complaints are handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They complained in the last 12 months</source>
        <translation>Maen nhw wedi cwyno yn ystod y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] keeps these communal areas clean and well maintained?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn cadw&apos;r ardaloedd cymunedol hyn yn lân ac wedi&apos;u cynnal a&apos;u cadw&apos;n dda?</translation>
    </message>
    <message>
        <source>Communal areas are clean and well maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They live in a building with communal areas</source>
        <translation>Maen nhw&apos;n byw mewn adeilad sydd ag ardaloedd cymunedol</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] makes a positive contribution to your neighbourhood?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn cyfrannu&apos;n gadarnhaol at eich cymdogaeth?</translation>
    </message>
    <message>
        <source>A positive contribution to the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with [landlord]&apos;s approach to handling anti-social behaviour?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â dull [landlord] o ymdrin ag ymddygiad gwrthgymdeithasol?</translation>
    </message>
    <message>
        <source>How anti-social behaviour is handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Schema version {version} is not supported by this version.</source>
        <translation>Nid yw&apos;r fersiwn hon yn cefnogi fersiwn sgema {version}.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Mae angen hwn.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Rhowch rif cyfan.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Dewiswch ie neu na.</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-31.</source>
        <translation>Rhowch ddyddiad fel 2026-03-31.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Rhowch ddyddiad ac amser.</translation>
    </message>
    <message>
        <source>This field is not part of the form.</source>
        <translation>Nid yw&apos;r maes hwn yn rhan o&apos;r ffurflen.</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>Rhowch destun yma.</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>Roedd disgwyl rhestr yma.</translation>
    </message>
    <message>
        <source>Expected a set of answers here.</source>
        <translation>Roedd disgwyl set o atebion yma.</translation>
    </message>
    <message>
        <source>This is not one of the allowed values.</source>
        <translation>Nid yw hwn yn un o&apos;r gwerthoedd a ganiateir.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Dewiswch un o&apos;r rhain: {choices}.</translation>
    </message>
    <message>
        <source>Keep this under {count} characters.</source>
        <translation>Cadwch hwn o dan {count} nod.</translation>
    </message>
    <message>
        <source>This is not in the expected format.</source>
        <translation>Nid yw hwn yn y fformat disgwyliedig.</translation>
    </message>
    <message>
        <source>Enter a number of at least {number}.</source>
        <translation>Rhowch rif sydd o leiaf {number}.</translation>
    </message>
    <message>
        <source>Enter a number no more than {number}.</source>
        <translation>Rhowch rif nad yw&apos;n fwy na {number}.</translation>
    </message>
    <message>
        <source>At most {count} entries.</source>
        <translation>Dim mwy na {count} cofnod.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of record this app knows.</source>
        <translation>Nid yw &apos;{kind}&apos; yn fath o gofnod y mae&apos;r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>This photo shows a person or the inside of a home: it needs the resident&apos;s consent to photos.</source>
        <translation>Mae&apos;r llun hwn yn dangos person neu du mewn cartref: mae angen caniatâd y preswylydd i dynnu lluniau.</translation>
    </message>
</context>
</TS>
