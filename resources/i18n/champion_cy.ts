<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
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
        <source>you-said-we-did-%1-large-print.pdf</source>
        <translation>dywedoch-chi-fe-wnaethom-ni-%1-print-bras.pdf</translation>
    </message>
    <message>
        <source>you-said-we-did-%1.pdf</source>
        <translation>dywedoch-chi-fe-wnaethom-ni-%1.pdf</translation>
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
        <translation>Y naill na&apos;r llall</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
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
        <translation>Pam</translation>
    </message>
    <message>
        <source>Why you are as&amp;king</source>
        <translation>Pam rydych chi&apos;n g&amp;ofyn</translation>
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
        <translation>Gofynnwch i bob aelwyd am yr atgyweiriad cymunedol, neu a yw {landlord} yn cadw&apos;r ardaloedd cymunedol yn lân ac mewn cyflwr da.</translation>
    </message>
    <message>
        <source>&amp;Add household</source>
        <translation>&amp;Ychwanegu aelwyd</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Ychwanegu aelwyd</translation>
    </message>
    <message>
        <source>Adds a line for one more household&apos;s answer.</source>
        <translation>Yn ychwanegu llinell ar gyfer ateb un aelwyd arall.</translation>
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
        <source>not counting {days}</source>
        <translation>heb gyfrif {days}</translation>
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
        <translation>tynnwyd yn ôl {when}; dywedwyd wrtho am ddileu data&apos;r preswylwyr arno {told}</translation>
    </message>
    <message>
        <source>withdrawn {when}; the residents&apos; data on it will be deleted the next time it connects</source>
        <translation>tynnwyd yn ôl {when}; bydd data&apos;r preswylwyr arno&apos;n cael ei ddileu y tro nesaf y bydd yn cysylltu</translation>
    </message>
    <message>
        <source>withdrawn {when}</source>
        <translation>tynnwyd yn ôl {when}</translation>
    </message>
    <message>
        <source>enrolment-code.pdf</source>
        <translation>cod-cofrestru.pdf</translation>
    </message>
    <message>
        <source>If the laptop is lost or stolen, choose Withdraw and wipe: the next time it connects to the server, the residents&apos; data on it is deleted (records, photos, addresses). Anything on it that was not sent yet is deleted too, and nobody can know what that was.</source>
        <translation>Os bydd y gliniadur ar goll neu wedi&apos;i ddwyn, dewiswch Tynnu&apos;n ôl a chlirio: y tro nesaf y bydd yn cysylltu â&apos;r gweinydd, bydd data&apos;r preswylwyr arno&apos;n cael ei ddileu (cofnodion, lluniau, cyfeiriadau). Bydd unrhyw beth arno nad oedd wedi&apos;i anfon eto&apos;n cael ei ddileu hefyd, ac ni all neb wybod beth oedd hynny.</translation>
    </message>
    <message>
        <source>Withdraw and &amp;wipe</source>
        <translation>Tynnu&apos;n ôl a &amp;chlirio</translation>
    </message>
    <message>
        <source>&amp;Withdraw only</source>
        <translation>Tynnu&apos;n ôl &amp;yn unig</translation>
    </message>
    <message>
        <source>Wipe the laptop?</source>
        <translation>Clirio&apos;r gliniadur?</translation>
    </message>
    <message>
        <source>Delete the residents&apos; data on {device} the next time it connects? This cannot be undone, and what it had not sent is lost with it.</source>
        <translation>Dileu data&apos;r preswylwyr ar {device} y tro nesaf y bydd yn cysylltu? Does dim modd dadwneud hyn, a bydd yr hyn nad oedd wedi&apos;i anfon yn cael ei golli hefyd.</translation>
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
        <translation>Ni all {device} gysoni mwyach, a bydd data&apos;r preswylwyr arno&apos;n cael ei ddileu y tro nesaf y bydd yn cysylltu â&apos;r gweinydd. Bydd unrhyw beth arno nad oedd wedi&apos;i anfon yn cael ei ddileu hefyd.</translation>
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
        <translation>Nifer y nodau</translation>
    </message>
    <message>
        <source>Up to {limit} characters.</source>
        <translation>Hyd at {limit} nod.</translation>
    </message>
    <message>
        <source>{length} characters: {over} more than the {limit} allowed. Shorten it before you submit; a draft keeps all of it.</source>
        <translation>{length} nod: {over} yn fwy na&apos;r {limit} a ganiateir. Byrhewch ef cyn i chi ei gyflwyno; mae drafft yn cadw&apos;r cyfan.</translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length} o {limit} nod</translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <source>Choose one answer with the arrow keys.</source>
        <translation>Dewiswch un ateb â&apos;r bysellau saeth.</translation>
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
        <translation>Y sgwrs am y cofnod hwn, yr hynaf yn gyntaf.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Dim sylwadau eto.</translation>
    </message>
    <message>
        <source>Write your comment here; Ctrl+Shift+Enter sends it.</source>
        <translation>Ysgrifennwch eich sylw yma; mae Ctrl+Shift+Enter yn ei anfon.</translation>
    </message>
    <message>
        <source>Comment status</source>
        <translation>Statws y sylw</translation>
    </message>
    <message>
        <source>Queues the comment: it is sent at the next sync.</source>
        <translation>Yn rhoi&apos;r sylw yn y ciw: caiff ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source> · waiting to be sent</source>
        <translation> · yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <source> · new</source>
        <translation> · newydd</translation>
    </message>
    <message>
        <source>Queued: it is sent at the next sync.</source>
        <translation>Yn y ciw: caiff ei anfon y tro nesaf y bydd yn cysoni.</translation>
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
        <translation>Fe wnes i gy&amp;nnig y dewis i wneud cwyn</translation>
    </message>
    <message>
        <source>Offered the choice to make a complaint</source>
        <translation>Wedi cynnig y dewis i wneud cwyn</translation>
    </message>
    <message>
        <source>The resident wants to complain</source>
        <translation>Mae&apos;r preswylydd eisiau cwyno</translation>
    </message>
    <message>
        <source>The resident is dissatisfied. Offer them the choice to make a complaint (complaints line: {phone}), then tick below.</source>
        <translation>Mae&apos;r preswylydd yn anfodlon. Cynigiwch y dewis iddo wneud cwyn (llinell gwynion: {phone}), yna ticiwch isod.</translation>
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
        <translation>Rhowch sgôr i bob eitem y buoch chi&apos;n edrych arni.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <source>A very good, B good, C average, D poor, E not applicable.</source>
        <translation>A da iawn, B da, C cyfartalog, D gwael, E amherthnasol.</translation>
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
        <translation>Cyflwr</translation>
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
        <translation>Y ddwy fersiwn</translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s version</source>
        <translation>Cadw fersiwn y gliniadur &amp;hwn</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s version</source>
        <translation>Cadw fersiwn y gliniadur hwn</translation>
    </message>
    <message>
        <source>Keep the &amp;other laptop&apos;s version</source>
        <translation>Cadw fersiwn y gliniadur &amp;arall</translation>
    </message>
    <message>
        <source>Keep the other laptop&apos;s version</source>
        <translation>Cadw fersiwn y gliniadur arall</translation>
    </message>
    <message>
        <source>Changed on another laptop</source>
        <translation>Wedi newid ar liniadur arall</translation>
    </message>
    <message>
        <source>This record was changed on this laptop and on another one before either had seen the other&apos;s change. The server keeps both; choose the one to keep (it is sent as a new version).</source>
        <translation>Cafodd y cofnod hwn ei newid ar y gliniadur hwn ac ar un arall cyn i&apos;r naill weld newid y llall. Mae&apos;r gweinydd yn cadw&apos;r ddwy; dewiswch pa un i&apos;w chadw (caiff ei hanfon fel fersiwn newydd).</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Y gliniadur hwn</translation>
    </message>
    <message>
        <source>Your other laptop</source>
        <translation>Eich gliniadur arall</translation>
    </message>
    <message>
        <source>Changed on two laptops</source>
        <translation>Wedi newid ar ddau liniadur</translation>
    </message>
    <message>
        <source>The champion changed this record on two laptops; the newer change replaced the other without seeing it. The champion chooses which to keep on their laptop.</source>
        <translation>Newidiodd yr hyrwyddwr y cofnod hwn ar ddau liniadur; disodlodd y newid mwyaf diweddar y llall heb ei weld. Yr hyrwyddwr sy&apos;n dewis pa un i&apos;w chadw ar ei liniadur.</translation>
    </message>
    <message>
        <source>Newer (shown now)</source>
        <translation>Mwy diweddar (a ddangosir nawr)</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Wedi&apos;i disodli</translation>
    </message>
    <message>
        <source>received {when}</source>
        <translation>derbyniwyd {when}</translation>
    </message>
    <message>
        <source>Other answers that differ: {names}</source>
        <translation>Atebion eraill sy&apos;n wahanol: {names}</translation>
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
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Agrees to be contacte&amp;d about this</source>
        <translation>Yn cytuno i rywun gysyllt&amp;u ag ef am hyn</translation>
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
        <translation>Yn cytuno i gael &amp;ei ddyfynnu yn Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>Agrees to be quoted</source>
        <translation>Yn cytuno i gael eu dyfynnu</translation>
    </message>
    <message>
        <source>Quoted without their name.</source>
        <translation>Dyfynnir heb ei enw.</translation>
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
        <translation>Eisiau i rywun ei ffonio&apos;n ôl</translation>
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
        <translation>Yr hyn a gyhoeddodd y swyddfa ar gyfer eich ystadau ar ôl i breswylwyr leisio barn.</translation>
    </message>
    <message>
        <source>Sends what is waiting and fetches what is new, now. F5.</source>
        <translation>Yn anfon yr hyn sy&apos;n aros ac yn nôl yr hyn sy&apos;n newydd, nawr. F5.</translation>
    </message>
    <message>
        <source>Connects this laptop to your landlord&apos;s server with the code your coordinator gave.</source>
        <translation>Yn cysylltu&apos;r gliniadur hwn â gweinydd eich landlord â&apos;r cod a roddodd eich cydlynydd.</translation>
    </message>
    <message>
        <source>What the last syncs did, newest first.</source>
        <translation>Beth wnaeth y cysoniadau diwethaf, y mwyaf diweddar yn gyntaf.</translation>
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
        <translation>{count} wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <source>received from the server</source>
        <translation>wedi&apos;i dderbyn o&apos;r gweinydd</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source>You said:</source>
        <translation>Dywedoch chi:</translation>
    </message>
    <message>
        <source>Work in progress.</source>
        <translation>Gwaith ar y gweill.</translation>
    </message>
    <message>
        <source>place not chosen yet</source>
        <translation>lle heb ei ddewis eto</translation>
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
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Started {when}</source>
        <translation>Dechreuwyd {when}</translation>
    </message>
    <message>
        <source>Version {n} submitted {when}</source>
        <translation>Fersiwn {n} wedi&apos;i chyflwyno {when}</translation>
    </message>
    <message>
        <source>made without seeing the version before it (changed on two laptops)</source>
        <translation>wedi&apos;i gwneud heb weld y fersiwn o&apos;i blaen (newidiwyd ar ddau liniadur)</translation>
    </message>
    <message>
        <source>Reviewed {when}</source>
        <translation>Adolygwyd {when}</translation>
    </message>
    <message>
        <source>Changes in progress, not yet submitted</source>
        <translation>Newidiadau ar y gweill, heb eu cyflwyno eto</translation>
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
        <translation>Beth a gofnodwyd, ei hanes a&apos;i atebion.</translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here.</source>
        <translation>Dewiswch gofnod yn y rhestr i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Your coordinator</source>
        <translation>Eich cydlynydd</translation>
    </message>
    <message>
        <source>Reply to your coordinator…</source>
        <translation>Atebwch eich cydlynydd…</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Anfon &amp;ateb</translation>
    </message>
    <message>
        <source>Ed&amp;it draft</source>
        <translation>Golygu&apos;r &amp;drafft</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Golygu&apos;r drafft</translation>
    </message>
    <message>
        <source>Opens the draft in New visit to finish it.</source>
        <translation>Yn agor y drafft yn Ymweliad newydd i&apos;w orffen.</translation>
    </message>
    <message>
        <source>Change (&amp;new version)</source>
        <translation>Newid (fersiwn &amp;newydd)</translation>
    </message>
    <message>
        <source>Change as a new version</source>
        <translation>Newid fel fersiwn newydd</translation>
    </message>
    <message>
        <source>Opens the submitted record to change it; submitting sends a new version.</source>
        <translation>Yn agor y cofnod a gyflwynwyd i&apos;w newid; mae ei gyflwyno&apos;n anfon fersiwn newydd.</translation>
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
        <translation>Yn dileu drafft na chafodd erioed ei anfon, neu&apos;n taflu&apos;r newidiadau ar y gweill; mae&apos;n gofyn yn gyntaf.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Submit the record first; then you can write about it.</source>
        <translation>Cyflwynwch y cofnod yn gyntaf; yna gallwch chi ysgrifennu amdano.</translation>
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
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
            <numerusform>%n drafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the server refused</source>
        <translation>
            <numerusform>%n cofnod a wrthodwyd gan y gweinydd</numerusform>
            <numerusform>%n cofnod a wrthodwyd gan y gweinydd</numerusform>
            <numerusform>%n cofnod a wrthodwyd gan y gweinydd</numerusform>
            <numerusform>%n cofnod a wrthodwyd gan y gweinydd</numerusform>
            <numerusform>%n cofnod a wrthodwyd gan y gweinydd</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect from your landlord</source>
        <translation>Datgysylltu oddi wrth eich landlord</translation>
    </message>
    <message>
        <source>Disconnect this laptop? Its access to your landlord&apos;s server is withdrawn and the residents&apos; data on it is deleted: records, photos and reference data. Everything you logged has already reached the server.</source>
        <translation>Datgysylltu&apos;r gliniadur hwn? Bydd ei fynediad at weinydd eich landlord yn cael ei dynnu&apos;n ôl a bydd data&apos;r preswylwyr arno&apos;n cael ei ddileu: cofnodion, lluniau a data cyfeirio. Mae popeth a gofnodwyd gennych eisoes wedi cyrraedd y gweinydd.</translation>
    </message>
    <message>
        <source>Disconnect and &amp;delete the data</source>
        <translation>Datgysylltu a &amp;dileu&apos;r data</translation>
    </message>
    <message>
        <source>Not sent yet: %1. If you disconnect now, nothing more can be sent from this laptop. Drafts have to be submitted before they can be sent.</source>
        <translation>Heb eu hanfon eto: %1. Os byddwch chi&apos;n datgysylltu nawr, ni ellir anfon dim mwy o&apos;r gliniadur hwn. Rhaid cyflwyno drafftiau cyn y gellir eu hanfon.</translation>
    </message>
    <message>
        <source>&amp;Send now, then disconnect</source>
        <translation>&amp;Anfon nawr, yna datgysylltu</translation>
    </message>
    <message>
        <source>Disconnect and &amp;keep everything here</source>
        <translation>Datgysylltu a &amp;chadw popeth yma</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Heb ddatgysylltu</translation>
    </message>
    <message>
        <source>Still not sent: %1. The laptop is still connected; try again once it has been sent, or keep it here.</source>
        <translation>Heb eu hanfon o hyd: %1. Mae&apos;r gliniadur yn dal wedi&apos;i gysylltu; rhowch gynnig arall arni unwaith y bydd wedi&apos;i anfon, neu cadwch ef yma.</translation>
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
        <translation>Pync&amp;iau (ticiwch bob un a godwyd)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
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
        <translation>Y cofnodion y tu ôl i: {title}</translation>
    </message>
    <message>
        <source>Finding the records…</source>
        <translation>Wrthi&apos;n dod o hyd i&apos;r cofnodion…</translation>
    </message>
    <message>
        <source>How many records</source>
        <translation>Faint o gofnodion</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>Y cofnodion y tu ôl i&apos;r ffigur</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Y cofnod</translation>
    </message>
    <message>
        <source>Choose a record to see what was said.</source>
        <translation>Dewiswch gofnod i weld beth a ddywedwyd.</translation>
    </message>
    <message>
        <source> (the first {shown} are listed)</source>
        <translation> (rhestrir y {shown} cyntaf)</translation>
    </message>
    <message>
        <source>{n} records.</source>
        <translation>Cofnodion: {n}.</translation>
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
        <translation>Dileu data preswylydd</translation>
    </message>
    <message>
        <source>For an erasure request. The records found are deleted from the server and, at their next sync, from every champion&apos;s and coordinator&apos;s laptop, with their photos. The server&apos;s audit trail records that you did this, and which records went, but not the resident&apos;s details.</source>
        <translation>Ar gyfer cais i ddileu. Mae&apos;r cofnodion a ganfyddir yn cael eu dileu o&apos;r gweinydd ac, y tro nesaf y byddan nhw&apos;n cysoni, o liniadur pob hyrwyddwr a chydlynydd, gyda&apos;u lluniau. Mae llwybr archwilio&apos;r gweinydd yn cofnodi mai chi wnaeth hyn, a pha gofnodion a aeth, ond nid manylion y preswylydd.</translation>
    </message>
    <message>
        <source>Every record about one &amp;home</source>
        <translation>Pob cofnod am un &amp;cartref</translation>
    </message>
    <message>
        <source>Every record about one home</source>
        <translation>Pob cofnod am un cartref</translation>
    </message>
    <message>
        <source>Every record of one &amp;resident, by the contact details they gave</source>
        <translation>Pob cofnod am un &amp;preswylydd, yn ôl y manylion cyswllt a roddodd</translation>
    </message>
    <message>
        <source>Every record of one resident</source>
        <translation>Pob cofnod am un preswylydd</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation>Car&amp;tref</translation>
    </message>
    <message>
        <source>Resident&apos;s name</source>
        <translation>Enw&apos;r preswylydd</translation>
    </message>
    <message>
        <source>Resident&apos;s phone</source>
        <translation>Ffôn y preswylydd</translation>
    </message>
    <message>
        <source>Resident&apos;s email</source>
        <translation>E-bost y preswylydd</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>E&amp;nw</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <source>A record is found when every detail you give that it also holds is the same; give as many as you know.</source>
        <translation>Caiff cofnod ei ganfod pan fydd pob manylyn rydych chi&apos;n ei roi ac sydd ganddo hefyd yr un fath; rhowch gymaint ag y gwyddoch.</translation>
    </message>
    <message>
        <source>&amp;Find the records</source>
        <translation>Dod o &amp;hyd i&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Find the records</source>
        <translation>Dod o hyd i&apos;r cofnodion</translation>
    </message>
    <message>
        <source>What would be erased</source>
        <translation>Beth fyddai&apos;n cael ei ddileu</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Cofnodion a ganfuwyd</translation>
    </message>
    <message>
        <source>E&amp;rase them</source>
        <translation>&amp;Dileu nhw</translation>
    </message>
    <message>
        <source>Erase them</source>
        <translation>Dileu nhw</translation>
    </message>
    <message>
        <source>No records match: nothing would be erased.</source>
        <translation>Does dim cofnodion yn cyfateb: ni fyddai dim yn cael ei ddileu.</translation>
    </message>
    <message>
        <source>%1 record(s), with %2 version(s) and %3 photo(s), would be erased.</source>
        <translation>Byddai %1 cofnod, gyda %2 fersiwn a %3 llun, yn cael eu dileu.</translation>
    </message>
    <message>
        <source>Erase for good?</source>
        <translation>Dileu am byth?</translation>
    </message>
    <message>
        <source>Erase %1 record(s) for good, from the server and every laptop? This cannot be undone.</source>
        <translation>Dileu %1 cofnod am byth, o&apos;r gweinydd a phob gliniadur? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Erased %1 record(s) from the server. Each laptop deletes them at its next sync.</source>
        <translation>Wedi dileu %1 cofnod o&apos;r gweinydd. Bydd pob gliniadur yn eu dileu y tro nesaf y bydd yn cysoni.</translation>
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
        <translation>Problem: {message}</translation>
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
        <translation>Dewisol.</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemau i&apos;w datrys</translation>
    </message>
    <message>
        <source>There is a problem. Nothing was sent; check these answers:</source>
        <translation>Mae problem. Ni anfonwyd dim; gwiriwch yr atebion hyn:</translation>
    </message>
</context>
<context>
    <name>FormOutline</name>
    <message>
        <source>Sections of this form</source>
        <translation>Adrannau&apos;r ffurflen hon</translation>
    </message>
    <message>
        <source>Each section, marked done, to do or optional. Press Enter to go to one.</source>
        <translation>Pob adran, wedi&apos;i marcio&apos;n gwneud, i&apos;w gwneud neu&apos;n ddewisol. Pwyswch Enter i fynd i un.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>i&apos;w gwneud</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
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
        <translation>Pe&amp;rygl a welwyd neu yr adroddwyd amdano</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <source>What the hazard is and where</source>
        <translation>Beth yw&apos;r perygl a ble</translation>
    </message>
    <message>
        <source>Danger now: if anyone is at risk call 999. Then call emergency repairs on {phone} before you leave. The landlord must make it safe within 24 hours.</source>
        <translation>Perygl nawr: os oes unrhyw un mewn perygl, ffoniwch 999. Yna ffoniwch atgyweiriadau brys ar {phone} cyn i chi adael. Rhaid i&apos;r landlord ei wneud yn ddiogel o fewn 24 awr.</translation>
    </message>
    <message>
        <source>Damp and mould: report it to repairs on {phone} today. The landlord must investigate a significant hazard within 10 working days.</source>
        <translation>Lleithder a llwydni: rhowch wybod i&apos;r tîm atgyweiriadau ar {phone} heddiw. Rhaid i&apos;r landlord ymchwilio i berygl sylweddol o fewn 10 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Someone may be at risk: if in immediate danger call 999; otherwise tell your coordinator today. Repairs: {phone}.</source>
        <translation>Gall rhywun fod mewn perygl: os oes perygl uniongyrchol, ffoniwch 999; fel arall dywedwch wrth eich cydlynydd heddiw. Atgyweiriadau: {phone}.</translation>
    </message>
    <message>
        <source>Call emergency repairs on {phone} if it cannot wait, and describe it below.</source>
        <translation>Ffoniwch atgyweiriadau brys ar {phone} os na all aros, a disgrifiwch ef isod.</translation>
    </message>
    <message>
        <source>What to do now: {advice}</source>
        <translation>Beth i&apos;w wneud nawr: {advice}</translation>
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
        <translation>Fflat aelwyd {n}</translation>
    </message>
    <message>
        <source>Flat (optional)</source>
        <translation>Fflat (dewisol)</translation>
    </message>
    <message>
        <source>Household {n} rating</source>
        <translation>Sgôr aelwyd {n}</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Dewiswch ateb</translation>
    </message>
    <message>
        <source>Required for each household recorded.</source>
        <translation>Gofynnol ar gyfer pob aelwyd a gofnodir.</translation>
    </message>
    <message>
        <source>Household {n} comment</source>
        <translation>Sylw aelwyd {n}</translation>
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
        <translation>Tynnu aelwyd {n}</translation>
    </message>
    <message>
        <source>Removes this household&apos;s answer.</source>
        <translation>Yn tynnu ateb yr aelwyd hon.</translation>
    </message>
    <message>
        <source>Household {n}</source>
        <translation>Aelwyd {n}</translation>
    </message>
</context>
<context>
    <name>JobDate</name>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Estate Champion is locked</source>
        <translation>Mae Estate Champion ar glo</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Wrthi&apos;n agor eich data…</translation>
    </message>
    <message>
        <source>Your records are kept encrypted on this laptop. Getting the key…</source>
        <translation>Mae eich cofnodion yn cael eu cadw wedi&apos;u hamgryptio ar y gliniadur hwn. Wrthi&apos;n nôl yr allwedd…</translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation>Teipiwch eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so your data is protected by the passphrase you chose. Type it to open Estate Champion.</source>
        <translation>Does dim cylch allweddi system ar y cyfrifiadur hwn, felly mae eich data wedi&apos;i ddiogelu gan y cyfrinymadrodd a ddewisoch. Teipiwch ef i agor Estate Champion.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>C&amp;yfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer, so Estate Champion protects the records on this laptop with a passphrase you choose now. You will type it each time the app opens.</source>
        <translation>Does dim cylch allweddi system ar y cyfrifiadur hwn, felly mae Estate Champion yn diogelu&apos;r cofnodion ar y gliniadur hwn â chyfrinymadrodd rydych chi&apos;n ei ddewis nawr. Byddwch chi&apos;n ei deipio bob tro y bydd yr ap yn agor.</translation>
    </message>
    <message>
        <source>Keep it safe: without it the data on this laptop cannot be opened. Anything already sent is safe on your landlord&apos;s server.</source>
        <translation>Cadwch ef yn ddiogel: hebddo, ni ellir agor y data ar y gliniadur hwn. Mae unrhyw beth sydd eisoes wedi&apos;i anfon yn ddiogel ar weinydd eich landlord.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Passphrase (8 characters or more)</source>
        <translation>C&amp;yfrinymadrodd (8 nod neu ragor)</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Teipiwch ef &amp;eto</translation>
    </message>
    <message>
        <source>&amp;Protect my data</source>
        <translation>&amp;Diogelu fy nata</translation>
    </message>
    <message>
        <source>Protect my data</source>
        <translation>Diogelu fy nata</translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation>Dewiswch PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN newydd</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Y PIN newydd eto</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;PIN (4 i 8 digid)</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Gosod PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Gosod PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Use my &amp;passphrase instead</source>
        <translation>Defnyddio fy &amp;nghyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Defnyddio fy nghyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Estate Champion cannot open your data</source>
        <translation>Nid yw Estate Champion yn gallu agor eich data</translation>
    </message>
    <message>
        <source>&amp;Close Estate Champion</source>
        <translation>&amp;Cau Estate Champion</translation>
    </message>
    <message>
        <source>Close Estate Champion</source>
        <translation>Cau Estate Champion</translation>
    </message>
    <message>
        <source>The data on this laptop has been deleted</source>
        <translation>Mae&apos;r data ar y gliniadur hwn wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Dewiswch gyfrinymadrodd o 8 nod o leiaf.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mae PIN yn 4 i 8 digid.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Nid yw&apos;r ddau PIN yr un fath.</translation>
    </message>
    <message>
        <source>Estate Champion locks itself after a minute without use, so nobody else can read residents&apos; details on this laptop. Choose a PIN to open it again.</source>
        <translation>Mae Estate Champion yn cloi ei hun ar ôl munud heb ei ddefnyddio, fel na all neb arall ddarllen manylion preswylwyr ar y gliniadur hwn. Dewiswch PIN i&apos;w agor eto.</translation>
    </message>
    <message>
        <source>Estate Champion locks itself after %1 minutes without use, so nobody else can read residents&apos; details on this laptop. Choose a PIN to open it again.</source>
        <translation>Mae Estate Champion yn cloi ei hun ar ôl %1 munud heb ei ddefnyddio, fel na all neb arall ddarllen manylion preswylwyr ar y gliniadur hwn. Dewiswch PIN i&apos;w agor eto.</translation>
    </message>
    <message>
        <source>It locked itself because it was not used for a while. Type your PIN to carry on. Nothing you were doing has been lost.</source>
        <translation>Cafodd ei gloi am nad oedd wedi&apos;i ddefnyddio ers tro. Teipiwch eich PIN i barhau. Does dim byd yr oeddech chi&apos;n ei wneud wedi&apos;i golli.</translation>
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
        <translation>Yn dod o hyd i gofnodion yn ôl y geiriau a ddefnyddiodd preswylwyr, wrth i chi deipio. Mae Ctrl+F yn dod yma.</translation>
    </message>
    <message>
        <source>Search what was said…</source>
        <translation>Chwilio beth a ddywedwyd…</translation>
    </message>
    <message>
        <source>Shows only the records that match.</source>
        <translation>Yn dangos y cofnodion sy&apos;n cyfateb yn unig.</translation>
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
        <translation>Pe&amp;ryglon yn unig</translation>
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
        <translation>Un rhes i bob cofnod. Mae I fyny ac I lawr yn dewis un; mae ei fanylion yn ymddangos isod; mae Enter yn agor drafft. Mae Tab yn gadael y tabl.</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colofnau: dewiswch un i drefnu yn ôl honno</translation>
    </message>
    <message>
        <source>The columns of the records table.</source>
        <translation>Colofnau tabl y cofnodion.</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Wedi&apos;i chuddio.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>Does dim cofnodion yn cyfateb.</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Cofnodion: {count}</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 cofnod</translation>
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
        <translation>Dod o hyd i&apos;r llun sydd ar goll</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <source>Send without the photo</source>
        <translation>Anfon heb y llun</translation>
    </message>
    <message>
        <source>Send this record without the photo that is missing? Its answers are kept and sent; only the missing photo is left out.</source>
        <translation>Anfon y cofnod hwn heb y llun sydd ar goll? Mae ei atebion yn cael eu cadw a&apos;u hanfon; dim ond y llun sydd ar goll sy&apos;n cael ei adael allan.</translation>
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
        <translation>Dewiswch dudalen â&apos;r bysellau saeth, neu â Ctrl a&apos;i rhif.</translation>
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
        <translation>D&amp;ileu data preswylydd…</translation>
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
        <source>Opening your log…</source>
        <translation>Wrthi&apos;n agor eich cofnodion…</translation>
    </message>
    <message>
        <source>Opening your log</source>
        <translation>Wrthi&apos;n agor eich cofnodion</translation>
    </message>
    <message>
        <source>Submitted: it will be sent at the next sync.</source>
        <translation>Wedi&apos;i gyflwyno: bydd yn cael ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message>
        <source>&amp;Find in the review queue…</source>
        <translation>C&amp;hwilio yn y ciw adolygu…</translation>
    </message>
    <message>
        <source>%1 (coordinator)</source>
        <translation>%1 (cydlynydd)</translation>
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
        <translation>Heb gysylltu eto</translation>
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
        <translation>Llun ar goll</translation>
    </message>
    <message>
        <source>&amp;Find the photo…</source>
        <translation>Dod o &amp;hyd i&apos;r llun…</translation>
    </message>
    <message>
        <source>Find the photo</source>
        <translation>Dod o hyd i&apos;r llun</translation>
    </message>
    <message>
        <source>Send &amp;without the photo</source>
        <translation>Anfon &amp;heb y llun</translation>
    </message>
    <message>
        <source>Send without the photo</source>
        <translation>Anfon heb y llun</translation>
    </message>
    <message>
        <source>{n} photo(s) in this record are missing from this laptop, so it cannot be sent. Find the photo (the picture you added, from wherever it was kept), or send the record without it: its answers are kept either way.</source>
        <translation>Mae {n} llun yn y cofnod hwn ar goll o&apos;r gliniadur hwn, felly ni ellir ei anfon. Dewch o hyd i&apos;r llun (y llun a ychwanegoch, o ble bynnag y cafodd ei gadw), neu anfonwch y cofnod hebddo: mae ei atebion yn cael eu cadw y naill ffordd neu&apos;r llall.</translation>
    </message>
</context>
<context>
    <name>MultiCheck</name>
    <message>
        <source>Tick all that apply; Space ticks the one with the focus.</source>
        <translation>Ticiwch bob un sy&apos;n berthnasol; mae Bylchwr yn ticio&apos;r un sydd â&apos;r ffocws.</translation>
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
        <translation>&amp;Adolygu</translation>
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
        <translation>Ad&amp;roddiadau</translation>
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
        <translation>Gweithiwr {n}: </translation>
    </message>
    <message>
        <source>Operative {n}</source>
        <translation>Gweithiwr {n}</translation>
    </message>
    <message>
        <source>Operative {n}: who</source>
        <translation>Gweithiwr {n}: pwy</translation>
    </message>
    <message>
        <source>Choose the operative, or type the name they gave</source>
        <translation>Dewiswch y gweithiwr, neu teipiwch yr enw a roddodd</translation>
    </message>
    <message>
        <source>{count} operatives match “{text}”: choose one, or keep the name as typed.</source>
        <translation>Mae {count} gweithiwr yn cyfateb i “{text}”: dewiswch un, neu cadwch yr enw fel y&apos;i teipiwyd.</translation>
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
        <translation>Gweithiwr {n}: canmoliaeth</translation>
    </message>
    <message>
        <source>A compliment to pass on (optional)</source>
        <translation>Canmoliaeth i&apos;w throsglwyddo (dewisol)</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Operative {n}: concern</source>
        <translation>Gweithiwr {n}: pryder</translation>
    </message>
    <message>
        <source>Anything they were unhappy about (optional)</source>
        <translation>Unrhyw beth yr oedden nhw&apos;n anhapus amdano (dewisol)</translation>
    </message>
    <message>
        <source>Remove operative {n}</source>
        <translation>Tynnu gweithiwr {n}</translation>
    </message>
    <message>
        <source>Removes this operative&apos;s panel and its answers.</source>
        <translation>Yn tynnu panel y gweithiwr hwn a&apos;i atebion.</translation>
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
        <translation>Ni ellir dangos y llun hwn: mae ei ffeil wedi&apos;i difrodi.</translation>
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
        <translation>Mae angen caniatâd y preswylydd i dynnu lluniau ar gyfer llun o&apos;r fath.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>Removes this photo from the record.</source>
        <translation>Yn tynnu&apos;r llun hwn o&apos;r cofnod.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>(photo)</source>
        <translation>(llun)</translation>
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
        <translation>Ychwanegu llun…</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Choose a photo file; it is made smaller before it is kept.</source>
        <translation>Dewiswch ffeil llun; caiff ei gwneud yn llai cyn ei chadw.</translation>
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
        <translation>Teipiwch ran o&apos;r enw, yna pwyswch I lawr i weld beth sy&apos;n cyfateb, neu Enter i ddewis yr un sy&apos;n cyfateb.</translation>
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
        <translation>Dewiswch waith atgyweirio i lenwi ei ddyddiadau, neu teipiwch nhw o&apos;r cerdyn neu&apos;r llythyr.</translation>
    </message>
    <message>
        <source>Job dates</source>
        <translation>Dyddiadau&apos;r gwaith</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Rhoddwyd gwybod ar</translation>
    </message>
    <message>
        <source>Someone was sent out on</source>
        <translation>Anfonwyd rhywun allan ar</translation>
    </message>
    <message>
        <source>The work was finished on</source>
        <translation>Gorffennwyd y gwaith ar</translation>
    </message>
    <message>
        <source>Someone has been sent out to do the work</source>
        <translation>Mae rhywun wedi&apos;i anfon allan i wneud y gwaith</translation>
    </message>
    <message>
        <source>Part 2 of the visit is asked once someone has been sent out.</source>
        <translation>Gofynnir rhan 2 yr ymweliad unwaith y bydd rhywun wedi&apos;i anfon allan.</translation>
    </message>
    <message>
        <source>&amp;Kind of work</source>
        <translation>&amp;Math o waith</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation>Blaen&amp;oriaeth</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Done by (team or contractor)</source>
        <translation>Gwnaed gan (tîm neu gontractwr)</translation>
    </message>
    <message>
        <source>Part 1: reported until someone was sent out</source>
        <translation>Rhan 1: o roi gwybod hyd at anfon rhywun allan</translation>
    </message>
    <message>
        <source>Part 1: reporting</source>
        <translation>Rhan 1: rhoi gwybod</translation>
    </message>
    <message>
        <source>How it was reported</source>
        <translation>Sut y rhoddwyd gwybod amdano</translation>
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
        <translation>At ei gilydd, pa mor fodlon ydych chi â rhan 1: o roi gwybod am yr atgyweiriad hyd at anfon rhywun allan? (gofynnol)</translation>
    </message>
    <message>
        <source>Part 1 rating</source>
        <translation>Sgôr rhan 1</translation>
    </message>
    <message>
        <source>Part 2: sent out until the work was finished</source>
        <translation>Rhan 2: o anfon rhywun allan hyd at orffen y gwaith</translation>
    </message>
    <message>
        <source>Part 2: the work</source>
        <translation>Rhan 2: y gwaith</translation>
    </message>
    <message>
        <source>Was the appointment kept?</source>
        <translation>A gadwyd at yr apwyntiad?</translation>
    </message>
    <message>
        <source>How many visits it took</source>
        <translation>Sawl ymweliad a gymerodd</translation>
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
        <translation>A gafodd y gwaith ei gwblhau?</translation>
    </message>
    <message>
        <source>Is more work needed?</source>
        <translation>Oes angen rhagor o waith?</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with part 2: from the operative being sent out to the work being finished? (required)</source>
        <translation>At ei gilydd, pa mor fodlon ydych chi â rhan 2: o anfon y gweithiwr allan hyd at orffen y gwaith? (gofynnol)</translation>
    </message>
    <message>
        <source>Part 2 rating</source>
        <translation>Sgôr rhan 2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>At ei gilydd</translation>
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
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Add operative</source>
        <translation>Ychwanegu gweithiwr</translation>
    </message>
    <message>
        <source>Adds a panel for one more operative who came.</source>
        <translation>Yn ychwanegu panel ar gyfer un gweithiwr arall a ddaeth.</translation>
    </message>
    <message>
        <source>Part 2 is asked once someone has been sent out to do the work. A post-works visit needs it: tick this when they have (save a draft meanwhile).</source>
        <translation>Gofynnir rhan 2 unwaith y bydd rhywun wedi&apos;i anfon allan i wneud y gwaith. Mae ei hangen ar gyfer ymweliad ar ôl gwaith: ticiwch hwn pan fydd hynny wedi digwydd (cadwch ddrafft yn y cyfamser).</translation>
    </message>
    <message>
        <source>{description}. Reported {reported}; someone sent out {sent}; finished {done} (from the landlord&apos;s worklist).</source>
        <translation>{description}. Rhoddwyd gwybod {reported}; anfonwyd rhywun allan {sent}; gorffennwyd {done} (o restr waith y landlord).</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ddim yn hysbys)</translation>
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
        <translation>Cysylltwch â&apos;ch landlord i gael y rhestr o ystadau, yna dewiswch un. Mae eich drafft yn cael ei gadw.</translation>
    </message>
    <message>
        <source>This photo shows a person or the inside of a home: it needs the resident&apos;s consent to photos.</source>
        <translation>Mae&apos;r llun hwn yn dangos person neu du mewn cartref: mae angen caniatâd y preswylydd i dynnu lluniau.</translation>
    </message>
    <message>
        <source>The visit cannot be in the future: correct its date and time.</source>
        <translation>Ni all yr ymweliad fod yn y dyfodol: cywirwch ei ddyddiad a&apos;i amser.</translation>
    </message>
    <message>
        <source>This is longer than allowed: shorten it.</source>
        <translation>Mae hwn yn hirach na&apos;r hyn a ganiateir: byrhewch ef.</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <source> · job {ref}</source>
        <translation> · gwaith atgyweirio {ref}</translation>
    </message>
    <message>
        <source>Logged by {name} · visit {visit} · sent {sent}</source>
        <translation>Cofnodwyd gan {name} · ymweliad {visit} · anfonwyd {sent}</translation>
    </message>
    <message>
        <source>a champion</source>
        <translation>hyrwyddwr</translation>
    </message>
    <message>
        <source>⚠ Hazard: {what}</source>
        <translation>⚠ Perygl: {what}</translation>
    </message>
    <message>
        <source>The resident wants to make a complaint.</source>
        <translation>Mae&apos;r preswylydd eisiau gwneud cwyn.</translation>
    </message>
    <message>
        <source>Offered the choice to complain; the resident did not want to.</source>
        <translation>Cynigiwyd y dewis i gwyno; nid oedd y preswylydd eisiau gwneud hynny.</translation>
    </message>
    <message>
        <source>⚠ Conflict: a version was made from an older one (changed on two devices). Compare the versions in the history.</source>
        <translation>⚠ Gwrthdaro: cafodd fersiwn ei gwneud o un hŷn (newidiwyd ar ddau ddyfais). Cymharwch y fersiynau yn yr hanes.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>[photo being fetched from the server]</source>
        <translation>[llun yn cael ei nôl o&apos;r gweinydd]</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>The resident did not agree to be contacted: no contact details were kept.</source>
        <translation>Ni chytunodd y preswylydd i rywun gysylltu ag ef: ni chadwyd unrhyw fanylion cyswllt.</translation>
    </message>
    <message>
        <source>Agreed to be contacted on {when}.</source>
        <translation>Cytunodd i rywun gysylltu ag ef ar {when}.</translation>
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
        <translation>Hoffai i rywun ei ffonio&apos;n ôl.</translation>
    </message>
    <message>
        <source>Agreed to photos on {when}.</source>
        <translation>Cytunodd i luniau ar {when}.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Operative {n}: {name}</source>
        <translation>Gweithiwr {n}: {name}</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>heb ei enwi</translation>
    </message>
    <message>
        <source>Households spoken to</source>
        <translation>Aelwydydd y siaradwyd â nhw</translation>
    </message>
    <message>
        <source>Flat {flat}</source>
        <translation>Fflat {flat}</translation>
    </message>
    <message>
        <source>A household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Version {n} sent {when}</source>
        <translation>Fersiwn {n} wedi&apos;i hanfon {when}</translation>
    </message>
    <message>
        <source>, received by the server {when}</source>
        <translation>, derbyniwyd gan y gweinydd {when}</translation>
    </message>
    <message>
        <source> — conflict: made from an older version</source>
        <translation> — gwrthdaro: wedi&apos;i gwneud o fersiwn hŷn</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>cydlynydd</translation>
    </message>
    <message>
        <source>{state} by {who}, {when}</source>
        <translation>{state} gan {who}, {when}</translation>
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
    <name>ReportCharts</name>
    <message>
        <source>Per cent satisfied</source>
        <translation>Canran fodlon</translation>
    </message>
    <message>
        <source>Fewer than 10 answers</source>
        <translation>Llai na 10 ateb</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Fewer than {n} answers: too few to read much into.</source>
        <translation>Llai na {n} ateb: rhy ychydig i ddod i gasgliadau ohonyn nhw.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Am y ffigurau hyn</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Y mis diwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Pob amser</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dyddiadau…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Math o waith</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractwr</translation>
    </message>
    <message>
        <source>Cut by</source>
        <translation>Rhannu yn ôl</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Cyfnod</translation>
    </message>
    <message>
        <source>&amp;Estate</source>
        <translation>&amp;Ystâd</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Gwaith</translation>
    </message>
    <message>
        <source>Con&amp;tractor</source>
        <translation>Con&amp;tractwr</translation>
    </message>
    <message>
        <source>C&amp;ut by</source>
        <translation>&amp;Rhannu yn ôl</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <source>Export records as CSV</source>
        <translation>Allforio cofnodion fel CSV</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Allforio Excel…</translation>
    </message>
    <message>
        <source>Export records as an Excel workbook</source>
        <translation>Allforio cofnodion fel llyfr gwaith Excel</translation>
    </message>
    <message>
        <source>Scrutiny &amp;pack (PDF)…</source>
        <translation>&amp;Pecyn craffu (PDF)…</translation>
    </message>
    <message>
        <source>Make the scrutiny pack as a PDF</source>
        <translation>Gwneud y pecyn craffu fel PDF</translation>
    </message>
    <message>
        <source>The whole landlord: every champion&apos;s records.</source>
        <translation>Y landlord cyfan: cofnodion pob hyrwyddwr.</translation>
    </message>
    <message>
        <source>Your estates: the records you logged.</source>
        <translation>Eich ystadau: y cofnodion a gofnodwyd gennych chi.</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>Pob ystâd</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation>Pob contractwr</translation>
    </message>
    <message>
        <source>All kinds of work</source>
        <translation>Pob math o waith</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wrthi&apos;n cyfrif…</translation>
    </message>
    <message>
        <source>{n} records in this report.</source>
        <translation>Cofnodion yn yr adroddiad hwn: {n}.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>records</source>
        <translation>cofnodion</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Allforio cofnodion</translation>
    </message>
    <message>
        <source>Exporting records…</source>
        <translation>Wrthi&apos;n allforio cofnodion…</translation>
    </message>
    <message>
        <source>Exported {n} records to {files}.</source>
        <translation>Wedi allforio {n} cofnod i {files}.</translation>
    </message>
    <message>
        <source>Scrutiny pack</source>
        <translation>Pecyn craffu</translation>
    </message>
    <message>
        <source>scrutiny-pack.pdf</source>
        <translation>pecyn-craffu.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Scrutiny pack written to {path}.</source>
        <translation>Mae&apos;r pecyn craffu wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <source>Making the scrutiny pack…</source>
        <translation>Wrthi&apos;n gwneud y pecyn craffu…</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabl yr adroddiad</translation>
    </message>
    <message>
        <source>Grey rows: {note} Double-click a row (or press Enter) to see the records behind it.</source>
        <translation>Rhesi llwyd: {note} Cliciwch ddwywaith ar res (neu pwyswch Enter) i weld y cofnodion y tu ôl iddi.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Pob cwestiwn</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>C&amp;westiwn</translation>
    </message>
    <message>
        <source>You said, we did: actions</source>
        <translation>Dywedoch chi, fe wnaethom ni: camau gweithredu</translation>
    </message>
    <message>
        <source>You said, we did: actions by status</source>
        <translation>Dywedoch chi, fe wnaethom ni: camau gweithredu yn ôl statws</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Boddhad</translation>
    </message>
    <message>
        <source>Part 1 and part 2</source>
        <translation>Rhan 1 a rhan 2</translation>
    </message>
    <message>
        <source>Operatives</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Repair times</source>
        <translation>Amseroedd atgyweirio</translation>
    </message>
    <message>
        <source>Hazards and actions</source>
        <translation>Peryglon a chamau gweithredu</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Bodlon</translation>
    </message>
    <message>
        <source>Base (n)</source>
        <translation>Sylfaen (n)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Cyfwng 95 %</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
    </message>
    <message>
        <source>Per cent satisfied, every question</source>
        <translation>Canran fodlon, pob cwestiwn</translation>
    </message>
    <message>
        <source>part 1</source>
        <translation>rhan 1</translation>
    </message>
    <message>
        <source>part 2</source>
        <translation>rhan 2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Part 1 satisfied</source>
        <translation>Rhan 1 bodlon</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>cyfwng</translation>
    </message>
    <message>
        <source>Part 2 satisfied</source>
        <translation>Rhan 2 bodlon</translation>
    </message>
    <message>
        <source>Part 1 median days</source>
        <translation>Rhan 1 canolrif diwrnodau</translation>
    </message>
    <message>
        <source>Part 2 median days</source>
        <translation>Rhan 2 canolrif diwrnodau</translation>
    </message>
    <message>
        <source>Part 1 against part 2</source>
        <translation>Rhan 1 o&apos;i chymharu â rhan 2</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Operatives: residents satisfied</source>
        <translation>Gweithwyr: preswylwyr bodlon</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Gwaith atgyweirio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Rhan 1</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Rhan 2</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Cyfan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>O fewn y targed</translation>
    </message>
    <message>
        <source>Dispatch target</source>
        <translation>Targed anfon gweithiwr</translation>
    </message>
    <message>
        <source>Dispatched in time</source>
        <translation>Gweithiwr wedi&apos;i anfon mewn pryd</translation>
    </message>
    <message>
        <source>Completed within target ({kind})</source>
        <translation>Wedi&apos;u cwblhau o fewn y targed ({kind})</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>Made safe or closed</source>
        <translation>Wedi&apos;u gwneud yn ddiogel neu eu cau</translation>
    </message>
    <message>
        <source>Past the deadline: check</source>
        <translation>Wedi&apos;r terfyn amser: gwiriwch</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>O fewn y terfyn amser</translation>
    </message>
    <message>
        <source>No set deadline</source>
        <translation>Dim terfyn amser penodol</translation>
    </message>
    <message>
        <source>Oldest open (days)</source>
        <translation>Yr hynaf sydd ar agor (diwrnodau)</translation>
    </message>
    <message>
        <source>Complaints: {offered} residents were offered the choice to complain; {wanted} wanted to.</source>
        <translation>Cwynion: cafodd {offered} preswylydd gynnig gwneud cwyn; roedd {wanted} eisiau gwneud hynny.</translation>
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
        <source>We did</source>
        <translation>Fe wnaethom ni</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Oed (diwrnodau)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (yn hwyr)</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>The whole record</source>
        <translation>Y cofnod cyfan</translation>
    </message>
    <message>
        <source>Choose a record in the queue to read it here.</source>
        <translation>Dewiswch gofnod yn y ciw i&apos;w ddarllen yma.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Eich adolygiad</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Cyflwr yr adolygiad</translation>
    </message>
    <message>
        <source>&amp;Approve  (A)</source>
        <translation>&amp;Cymeradwyo  (A)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Has &amp;issues…  (I)</source>
        <translation>Mae &amp;problemau…  (I)</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Re&amp;ject…  (R)</source>
        <translation>&amp;Gwrthod…  (R)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Conversation with the champion</source>
        <translation>Sgwrs gyda&apos;r hyrwyddwr</translation>
    </message>
    <message>
        <source>Ask the champion a question or thank them…</source>
        <translation>Gofynnwch gwestiwn i&apos;r hyrwyddwr neu diolchwch iddo…</translation>
    </message>
    <message>
        <source>&amp;Send comment</source>
        <translation>&amp;Anfon sylw</translation>
    </message>
    <message>
        <source>Changed since it was reviewed: review it again.</source>
        <translation>Wedi newid ers iddo gael ei adolygu: adolygwch ef eto.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Heb ei adolygu eto.</translation>
    </message>
    <message>
        <source>Now: {state}.</source>
        <translation>Nawr: {state}.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>The champion</source>
        <translation>Yr hyrwyddwr</translation>
    </message>
    <message>
        <source>A coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
</context>
<context>
    <name>ReviewNoteDialog</name>
    <message>
        <source>Reject</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Mae problemau</translation>
    </message>
    <message>
        <source>Why is it rejected? The champion reads this.</source>
        <translation>Pam mae&apos;n cael ei wrthod? Bydd yr hyrwyddwr yn darllen hyn.</translation>
    </message>
    <message>
        <source>What needs putting right? The champion reads this and can change the record.</source>
        <translation>Beth sydd angen ei gywiro? Bydd yr hyrwyddwr yn darllen hyn ac yn gallu newid y cofnod.</translation>
    </message>
    <message numerus="yes">
        <source>The same note goes on all %n records.</source>
        <translation>
            <numerusform>Mae&apos;r un nodyn yn mynd ar bob un o&apos;r %n cofnod.</numerusform>
            <numerusform>Mae&apos;r un nodyn yn mynd ar bob un o&apos;r %n cofnod.</numerusform>
            <numerusform>Mae&apos;r un nodyn yn mynd ar bob un o&apos;r %n cofnod.</numerusform>
            <numerusform>Mae&apos;r un nodyn yn mynd ar bob un o&apos;r %n cofnod.</numerusform>
            <numerusform>Mae&apos;r un nodyn yn mynd ar bob un o&apos;r %n cofnod.</numerusform>
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
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <source>Mark as &amp;having issues</source>
        <translation>Nodi bod &amp;problemau</translation>
    </message>
    <message>
        <source>Type the reason first: a champion cannot put right what nobody has told them.</source>
        <translation>Teipiwch y rheswm yn gyntaf: ni all hyrwyddwr gywiro rhywbeth nad oes neb wedi dweud wrtho amdano.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Appro&amp;ve selected</source>
        <translation>Cymeradwyo&apos;r rhai a &amp;ddewiswyd</translation>
    </message>
    <message>
        <source>Approve the selected records</source>
        <translation>Cymeradwyo&apos;r cofnodion a ddewiswyd</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <source>Records shown</source>
        <translation>Cofnodion a ddangosir</translation>
    </message>
    <message>
        <source>In the list: A approve · I has issues · R reject · Enter reply to the champion</source>
        <translation>Yn y rhestr: A cymeradwyo · I mae problemau · R gwrthod · Enter ateb yr hyrwyddwr</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>Records to review</source>
        <translation>Cofnodion i&apos;w hadolygu</translation>
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
        <translation>Cyflwr yr adolygiad</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>I&apos;w gwneud</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Heb eu hadolygu</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Wedi newid ers yr adolygiad</translation>
    </message>
    <message>
        <source>New replies</source>
        <translation>Atebion newydd</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Unrhyw gyflwr adolygu</translation>
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
        <translation>Pob hyrwyddwr</translation>
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
        <translation>Boddhad</translation>
    </message>
    <message>
        <source>Any satisfaction</source>
        <translation>Unrhyw foddhad</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Bodlon</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Y naill na&apos;r llall</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Anfodlon</translation>
    </message>
    <message>
        <source>Ha&amp;zards</source>
        <translation>Pe&amp;ryglon</translation>
    </message>
    <message>
        <source>Hazards only</source>
        <translation>Peryglon yn unig</translation>
    </message>
    <message>
        <source>&amp;Complaint wanted</source>
        <translation>Eisiau gwneud c&amp;wyn</translation>
    </message>
    <message>
        <source>Only residents who want to complain</source>
        <translation>Dim ond preswylwyr sydd eisiau cwyno</translation>
    </message>
    <message>
        <source>Nothing here: all done.</source>
        <translation>Dim byd yma: mae&apos;r cyfan wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 cofnod</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appro&amp;ve selected (%n)</source>
        <translation>
            <numerusform>Cymeradwyo&apos;r rhai a &amp;ddewiswyd (%n)</numerusform>
            <numerusform>Cymeradwyo&apos;r rhai a &amp;ddewiswyd (%n)</numerusform>
            <numerusform>Cymeradwyo&apos;r rhai a &amp;ddewiswyd (%n)</numerusform>
            <numerusform>Cymeradwyo&apos;r rhai a &amp;ddewiswyd (%n)</numerusform>
            <numerusform>Cymeradwyo&apos;r rhai a &amp;ddewiswyd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queued: it is sent at the next sync.</source>
        <translation>Mae&apos;r adolygiad yn y ciw: caiff ei anfon y tro nesaf y bydd yn cysoni.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews queued: they are sent at the next sync.</source>
        <translation>
            <numerusform>%n adolygiad yn y ciw: byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</numerusform>
            <numerusform>%n adolygiad yn y ciw: byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</numerusform>
            <numerusform>%n adolygiad yn y ciw: byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</numerusform>
            <numerusform>%n adolygiad yn y ciw: byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</numerusform>
            <numerusform>%n adolygiad yn y ciw: byddan nhw&apos;n cael eu hanfon y tro nesaf y bydd yn cysoni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
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
        <translation>Boddhad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Hazard · complaint</source>
        <translation>Perygl · cwyn</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 diwrnod</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Wedi newid ers yr adolygiad</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>I&apos;w adolygu</translation>
    </message>
    <message>
        <source> · new reply</source>
        <translation> · ateb newydd</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>cwyn</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
</context>
<context>
    <name>ScrutinyPack</name>
    <message>
        <source>{a} to {b}</source>
        <translation>{a} i {b}</translation>
    </message>
    <message>
        <source>from {a}</source>
        <translation>o {a}</translation>
    </message>
    <message>
        <source>up to {b}</source>
        <translation>hyd at {b}</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>pob cofnod</translation>
    </message>
    <message>
        <source>Per cent satisfied, with 95 % intervals</source>
        <translation>Canran fodlon, gyda chyfyngau 95 %</translation>
    </message>
    <message>
        <source>Repairs completed within target</source>
        <translation>Atgyweiriadau a gwblhawyd o fewn y targed</translation>
    </message>
    <message>
        <source>Residents’ feedback: scrutiny pack</source>
        <translation>Adborth preswylwyr: pecyn craffu</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Cofnodion a gyfrifwyd</translation>
    </message>
    <message>
        <source>Marked * and grey: fewer than 10 answers.</source>
        <translation>Wedi&apos;u marcio * ac yn llwyd: llai na 10 ateb.</translation>
    </message>
    <message>
        <source>How satisfied residents are</source>
        <translation>Pa mor fodlon yw preswylwyr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Bodlon</translation>
    </message>
    <message>
        <source>Base (n)</source>
        <translation>Sylfaen (n)</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Cyfwng 95 %</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Dim ateb</translation>
    </message>
    <message>
        <source>The repairs journey: part 1 against part 2</source>
        <translation>Taith yr atgyweiriad: rhan 1 o&apos;i chymharu â rhan 2</translation>
    </message>
    <message>
        <source>Part 1: from reporting the repair to an operative being sent. Part 2: from the operative being sent to the work being finished.</source>
        <translation>Rhan 1: o roi gwybod am yr atgyweiriad hyd at anfon gweithiwr. Rhan 2: o anfon y gweithiwr hyd at orffen y gwaith.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Part 1</source>
        <translation>Rhan 1</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>cyfwng</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>Rhan 2</translation>
    </message>
    <message>
        <source>Repair times against targets</source>
        <translation>Amseroedd atgyweirio o&apos;u cymharu â&apos;r targedau</translation>
    </message>
    <message>
        <source>Medians; days are {kind}.</source>
        <translation>Canolrifau; {kind} yw&apos;r diwrnodau.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Gwaith atgyweirio</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>O fewn y targed</translation>
    </message>
    <message>
        <source>Operatives: what residents said about their visit</source>
        <translation>Gweithwyr: beth ddywedodd preswylwyr am eu hymweliad</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Hazards and complaints</source>
        <translation>Peryglon a chwynion</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Perygl</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>Made safe or closed</source>
        <translation>Wedi&apos;u gwneud yn ddiogel neu eu cau</translation>
    </message>
    <message>
        <source>Past the deadline (check)</source>
        <translation>Wedi&apos;r terfyn amser (gwiriwch)</translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>O fewn y terfyn amser</translation>
    </message>
    <message>
        <source>No hazards were noted.</source>
        <translation>Ni nodwyd unrhyw beryglon.</translation>
    </message>
    <message>
        <source>Residents offered the choice to complain: {offered}. Wanted to complain: {wanted}.</source>
        <translation>Preswylwyr a gafodd gynnig gwneud cwyn: {offered}. Eisiau cwyno: {wanted}.</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, fe wnaethom ni</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (yn hwyr)</translation>
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
        <translation>Dim camau gweithredu eto ar gyfer yr ystadau hyn.</translation>
    </message>
    <message>
        <source>Made with Estate Champion on</source>
        <translation>Wedi&apos;i wneud ag Estate Champion ar</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Required.</source>
        <translation>Gofynnol.</translation>
    </message>
</context>
<context>
    <name>SecuritySession</name>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing has been changed; try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Does dim wedi newid; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left before it stops working: %1.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir. Cynigion ar ôl cyn iddo roi&apos;r gorau i weithio: %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: type your passphrase instead.</source>
        <translation>Gormod o PINau anghywir: teipiwch eich cyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <source>Too many wrong PINs, so Estate Champion is staying locked. Close it; opening it again needs you to be signed in to this computer as yourself.</source>
        <translation>Gormod o PINau anghywir, felly mae Estate Champion yn aros ar glo. Caewch ef; i&apos;w agor eto, mae angen i chi fod wedi mewngofnodi i&apos;r cyfrifiadur hwn fel chi eich hun.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when Estate Champion was set up on this laptop.</source>
        <translation>Teipiwch y cyfrinymadrodd a ddewisoch pan gafodd Estate Champion ei osod ar y gliniadur hwn.</translation>
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
        <translation>Mynd i {pages}: Ctrl+1 i Ctrl+{n}</translation>
    </message>
    <message>
        <source>In the review queue: A approve, I has issues, R reject (I and R ask why); select several rows with Shift or Ctrl to approve them together</source>
        <translation>Yn y ciw adolygu: A cymeradwyo, I mae problemau, R gwrthod (mae I ac R yn gofyn pam); dewiswch sawl rhes â Shift neu Ctrl i&apos;w cymeradwyo gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Enter in the queue: write to the champion; Ctrl+Shift+Enter sends</source>
        <translation>Enter yn y ciw: ysgrifennu at yr hyrwyddwr; mae Ctrl+Shift+Enter yn anfon</translation>
    </message>
    <message>
        <source>Find in the review queue: Ctrl+F</source>
        <translation>Chwilio yn y ciw adolygu: Ctrl+F</translation>
    </message>
    <message>
        <source>Sync now: F5</source>
        <translation>Cysoni nawr: F5</translation>
    </message>
    <message>
        <source>Quit: Ctrl+Q</source>
        <translation>Gadael: Ctrl+Q</translation>
    </message>
    <message>
        <source>New visit: Ctrl+N</source>
        <translation>Ymweliad newydd: Ctrl+N</translation>
    </message>
    <message>
        <source>Save draft: Ctrl+S</source>
        <translation>Cadw drafft: Ctrl+S</translation>
    </message>
    <message>
        <source>Submit: Ctrl+Enter</source>
        <translation>Cyflwyno: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Find in my log: Ctrl+F</source>
        <translation>Chwilio yn fy nghofnodion: Ctrl+F</translation>
    </message>
    <message>
        <source>Reply to your coordinator (in My log): Ctrl+Shift+Enter sends</source>
        <translation>Ateb eich cydlynydd (yn Fy nghofnodion): mae Ctrl+Shift+Enter yn anfon</translation>
    </message>
    <message>
        <source>Move between fields: Tab and Shift+Tab. A table or list is one stop: move in it with the arrow keys.</source>
        <translation>Symud rhwng meysydd: Tab a Shift+Tab. Un stop yw tabl neu restr: symudwch ynddyn nhw â&apos;r bysellau saeth.</translation>
    </message>
    <message>
        <source>Choose an answer within a question: the arrow keys (they choose as they move); Space ticks a box.</source>
        <translation>Dewis ateb o fewn cwestiwn: y bysellau saeth (maen nhw&apos;n dewis wrth symud); mae Bylchwr yn ticio blwch.</translation>
    </message>
    <message>
        <source>Alt with an underlined letter: go to that field.</source>
        <translation>Alt gyda llythyren wedi&apos;i thanlinellu: mynd i&apos;r maes hwnnw.</translation>
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
        <translation>Mae&apos;r data ar y gliniadur hwn wedi&apos;i ddileu, neu mae Estate Champion yn cau: does dim byd i&apos;w agor.</translation>
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
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu eto. Mae eich cofnodion yn cael eu cadw yma a byddan nhw&apos;n cael eu hanfon unwaith y byddwch chi&apos;n cysylltu. Tan hynny, teipiwch y lle yn eich geiriau eich hun; dewiswch yr ystâd ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Heb gysylltu eto</translation>
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
        <translation>Yn agor y blwch Cysylltu: cyfeiriad y gweinydd a&apos;r cod cofrestru a roddodd eich cydlynydd i chi.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Recently completed &amp;jobs in your patch</source>
        <translation>Gwaith atgyweirio a gwblhawyd yn &amp;ddiweddar yn eich ardal</translation>
    </message>
    <message>
        <source>Recently completed jobs</source>
        <translation>Gwaith a gwblhawyd yn ddiweddar</translation>
    </message>
    <message>
        <source>One row per job. Up and Down choose a job; Enter starts its visit; Tab leaves the table.</source>
        <translation>Un rhes i bob gwaith atgyweirio. Mae I fyny ac I lawr yn dewis un; mae Enter yn dechrau ei ymweliad; mae Tab yn gadael y tabl.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>The columns of the jobs table.</source>
        <translation>Colofnau tabl y gwaith atgyweirio.</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Rhifau&apos;r rhesi</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Wedi&apos;i chuddio.</translation>
    </message>
    <message>
        <source>No recently completed jobs on this laptop. The list arrives with each sync once connected.</source>
        <translation>Dim gwaith atgyweirio a gwblhawyd yn ddiweddar ar y gliniadur hwn. Mae&apos;r rhestr yn cyrraedd gyda phob cysoni ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Dim gwaith atgyweirio</translation>
    </message>
    <message>
        <source>Start &amp;post-works visit for this job</source>
        <translation>Dechrau &amp;ymweliad ar ôl gwaith ar gyfer y gwaith hwn</translation>
    </message>
    <message>
        <source>Start the visit for the chosen job</source>
        <translation>Dechrau&apos;r ymweliad ar gyfer y gwaith a ddewiswyd</translation>
    </message>
    <message>
        <source>A job in a home starts a post-works visit; a communal job starts block feedback.</source>
        <translation>Mae gwaith mewn cartref yn dechrau ymweliad ar ôl gwaith; mae gwaith cymunedol yn dechrau adborth bloc.</translation>
    </message>
    <message>
        <source>&amp;Drafts to finish</source>
        <translation>Drafftiau i&apos;w &amp;gorffen</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Angen &amp;sylw</translation>
    </message>
    <message>
        <source>Up and Down choose one; Enter opens it.</source>
        <translation>Mae I fyny ac I lawr yn dewis un; mae Enter yn ei agor.</translation>
    </message>
    <message>
        <source>choose the estate to submit</source>
        <translation>dewiswch yr ystâd i&apos;w gyflwyno</translation>
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
        <translation>lle heb ei ddewis eto</translation>
    </message>
    <message>
        <source>Recently completed jobs not yet visited: {jobs}. Drafts to finish: {drafts}.</source>
        <translation>Gwaith a gwblhawyd yn ddiweddar heb ymweld eto: {jobs}. Drafftiau i&apos;w gorffen: {drafts}.</translation>
    </message>
    <message>
        <source>{block} (communal)</source>
        <translation>{block} (cymunedol)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Start &amp;block feedback for this job</source>
        <translation>Dechrau adborth &amp;bloc ar gyfer y gwaith hwn</translation>
    </message>
</context>
<context>
    <name>TsmQuestions</name>
    <message>
        <source>&amp;Ask the satisfaction questions</source>
        <translation>Gofyn y &amp;cwestiynau boddhad</translation>
    </message>
    <message>
        <source>Shows the questions. Ask only those that fit the conversation; leave the others on Not asked.</source>
        <translation>Yn dangos y cwestiynau. Gofynnwch y rhai sy&apos;n addas i&apos;r sgwrs yn unig; gadewch y lleill ar Heb ofyn.</translation>
    </message>
    <message>
        <source>(Ask only if: {condition}.)</source>
        <translation>(Gofynnwch dim ond os: {condition}.)</translation>
    </message>
    <message>
        <source>A different resident: ask it anyway</source>
        <translation>Preswylydd gwahanol: gofynnwch beth bynnag</translation>
    </message>
    <message>
        <source>Shows the repairs question for the last 12 months although it was asked at this home within the year.</source>
        <translation>Yn dangos y cwestiwn atgyweirio am y 12 mis diwethaf er iddo gael ei ofyn yn y cartref hwn o fewn y flwyddyn.</translation>
    </message>
    <message>
        <source>The answers to these questions were set back to Not asked.</source>
        <translation>Cafodd yr atebion i&apos;r cwestiynau hyn eu newid yn ôl i Heb ofyn.</translation>
    </message>
    <message>
        <source>&amp;Ask {landlord}&apos;s own satisfaction questions</source>
        <translation>Gofyn &amp;cwestiynau boddhad {landlord} ei hun</translation>
    </message>
    <message>
        <source>&amp;Ask the Tenant Satisfaction Measures questions</source>
        <translation>Gofyn &amp;cwestiynau&apos;r Mesurau Boddhad Tenantiaid</translation>
    </message>
    <message>
        <source>These are {landlord}&apos;s own questions for leaseholders.</source>
        <translation>Cwestiynau {landlord} ei hun i lesddeiliaid yw&apos;r rhain.</translation>
    </message>
    <message>
        <source>These use the Tenant Satisfaction Measures wording, but are not an official survey. Ask only those that fit; leave the others on Not asked.</source>
        <translation>Mae&apos;r rhain yn defnyddio geiriad y Mesurau Boddhad Tenantiaid, ond nid ydyn nhw&apos;n arolwg swyddogol. Gofynnwch y rhai sy&apos;n addas yn unig; gadewch y lleill ar Heb ofyn.</translation>
    </message>
    <message>
        <source>Shared owners are not asked the questions about repairs and the upkeep of the home (the Tenant Satisfaction Measures rules).</source>
        <translation>Ni ofynnir i berchnogion ar y cyd y cwestiynau am atgyweiriadau a chynnal a chadw&apos;r cartref (rheolau&apos;r Mesurau Boddhad Tenantiaid).</translation>
    </message>
    <message>
        <source>The repairs question for the last 12 months was last asked at this home on {day}. It is asked at most once a year per resident.</source>
        <translation>Gofynnwyd y cwestiwn atgyweirio am y 12 mis diwethaf ddiwethaf yn y cartref hwn ar {day}. Fe&apos;i gofynnir unwaith y flwyddyn i bob preswylydd ar y mwyaf.</translation>
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
        <translation>{kind} newydd</translation>
    </message>
    <message>
        <source>Starts a new form of this kind (asks first if the open form has changes).</source>
        <translation>Yn dechrau ffurflen newydd o&apos;r math hwn (mae&apos;n gofyn yn gyntaf os oes newidiadau yn y ffurflen sydd ar agor).</translation>
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
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Close this form</source>
        <translation>Cau&apos;r ffurflen hon</translation>
    </message>
    <message>
        <source>Closes the form; asks first if it has changes.</source>
        <translation>Yn cau&apos;r ffurflen; mae&apos;n gofyn yn gyntaf os oes newidiadau.</translation>
    </message>
    <message>
        <source>Save d&amp;raft</source>
        <translation>Cadw &amp;drafft</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Cadw drafft</translation>
    </message>
    <message>
        <source>Keeps the form on this laptop as it is, complete or not. Nothing is sent. Ctrl+S.</source>
        <translation>Yn cadw&apos;r ffurflen ar y gliniadur hwn fel y mae, yn gyflawn neu beidio. Ni anfonir dim. Ctrl+S.</translation>
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
        <translation>Yn gwirio pob ateb, yna&apos;n rhoi&apos;r cofnod yn y ciw i&apos;w anfon y tro nesaf y bydd yn cysoni. Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Editing: {kind}</source>
        <translation>Yn golygu: {kind}</translation>
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
        <translation>Cadwyd y drafft am {time}.</translation>
    </message>
    <message>
        <source>Choose the estate before you submit it.</source>
        <translation>Dewiswch yr ystâd cyn i chi ei gyflwyno.</translation>
    </message>
    <message>
        <source>Nothing was sent: the answers marked need attention. Save a draft to keep it as it is.</source>
        <translation>Ni anfonwyd dim: mae angen sylw ar yr atebion sydd wedi&apos;u marcio. Cadwch ddrafft i&apos;w gadw fel y mae.</translation>
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
        <translation>Dechreuodd y denant&amp;iaeth</translation>
    </message>
    <message>
        <source>Date of this visit</source>
        <translation>Dyddiad yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Welcome pack and languages</source>
        <translation>Pecyn croeso ac ieithoedd</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>Pecyn croeso</translation>
    </message>
    <message>
        <source>Welcome pac&amp;k format</source>
        <translation>Ff&amp;ormat y pecyn croeso</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Iaith y pecyn</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Hoff iaith</translation>
    </message>
    <message>
        <source>An &amp;interpreter is needed</source>
        <translation>Mae angen &amp;cyfieithydd</translation>
    </message>
    <message>
        <source>Best way to contact them</source>
        <translation>Y ffordd orau o gysylltu â nhw</translation>
    </message>
    <message>
        <source>Repairs explained</source>
        <translation>Atgyweiriadau wedi&apos;u hegluro</translation>
    </message>
    <message>
        <source>Outstanding repairs</source>
        <translation>Atgyweiriadau heb eu gwneud</translation>
    </message>
    <message>
        <source>Questions they raised</source>
        <translation>Cwestiynau a godwyd ganddyn nhw</translation>
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
        <translation>Yn cytuno&apos;n benodol i gofnodi anghenion mynediad</translation>
    </message>
    <message>
        <source>Agrees to record access needs</source>
        <translation>Yn cytuno i gofnodi anghenion mynediad</translation>
    </message>
    <message>
        <source>Ask first; record only the codes, never the details.</source>
        <translation>Gofynnwch yn gyntaf; cofnodwch y codau yn unig, byth y manylion.</translation>
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
        <translation>Yr ymweliad</translation>
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
        <translation>Does dim ystâd yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <source>{count} estates match “{text}”: choose one.</source>
        <translation>Mae {count} ystâd yn cyfateb i “{text}”: dewiswch un.</translation>
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
        <translation>Does dim bloc yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <source>{count} blocks match “{text}”: choose one.</source>
        <translation>Mae {count} bloc yn cyfateb i “{text}”: dewiswch un.</translation>
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
        <translation>Does dim cartref yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <source>{count} homes match “{text}”: choose one.</source>
        <translation>Mae {count} cartref yn cyfateb i “{text}”: dewiswch un.</translation>
    </message>
    <message>
        <source>This laptop has no list of estates yet: it has not connected to your landlord. Describe the place below; choose the estate once connected.</source>
        <translation>Does gan y gliniadur hwn ddim rhestr o ystadau eto: nid yw wedi cysylltu â&apos;ch landlord. Disgrifiwch y lle isod; dewiswch yr ystâd ar ôl cysylltu.</translation>
    </message>
    <message>
        <source>Es&amp;tate (required to submit)</source>
        <translation>Ys&amp;tâd (gofynnol i&apos;w gyflwyno)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <source>Ho&amp;me</source>
        <translation>Cartre&amp;f</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Where, in your own &amp;words</source>
        <translation>Ble, yn eich geiriau eich &amp;hun</translation>
    </message>
    <message>
        <source>For example: Flat 7, Rowan House, Alder Way</source>
        <translation>Er enghraifft: Fflat 7, Rowan House, Alder Way</translation>
    </message>
    <message>
        <source>Kept with the draft until you can choose the estate from the list.</source>
        <translation>Yn cael ei gadw gyda&apos;r drafft nes y gallwch chi ddewis yr ystâd o&apos;r rhestr.</translation>
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
        <translation>Mae {count} gwaith atgyweirio yn cyfateb i “{text}”: dewiswch un.</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>G&amp;waith</translation>
    </message>
    <message>
        <source>Recent jobs in your patch are listed; type a reference from a card or letter if it is not.</source>
        <translation>Mae gwaith diweddar yn eich ardal wedi&apos;i restru; teipiwch gyfeirnod o gerdyn neu lythyr os nad yw yno.</translation>
    </message>
    <message>
        <source>&amp;Visit date and time</source>
        <translation>Dyddiad ac am&amp;ser yr ymweliad</translation>
    </message>
    <message>
        <source>Now, unless you are typing up a visit from earlier. Never in the future.</source>
        <translation>Nawr, oni bai eich bod chi&apos;n teipio ymweliad o&apos;r blaen. Byth yn y dyfodol.</translation>
    </message>
    <message>
        <source>How it was &amp;collected</source>
        <translation>Sut y cafodd ei &amp;gasglu</translation>
    </message>
    <message>
        <source>Who a&amp;nswered</source>
        <translation>Pwy a &amp;atebodd</translation>
    </message>
    <message>
        <source>{places} cleared: not on {estate}.</source>
        <translation>{places} wedi&apos;u clirio: ddim ar {estate}.</translation>
    </message>
    <message>
        <source>the block</source>
        <translation>y bloc</translation>
    </message>
    <message>
        <source>Home “{home}” cleared: it is not in {block}.</source>
        <translation>Cartref “{home}” wedi&apos;i glirio: nid yw yn {block}.</translation>
    </message>
    <message>
        <source>the home</source>
        <translation>y cartref</translation>
    </message>
    <message>
        <source>the job</source>
        <translation>y gwaith atgyweirio</translation>
    </message>
    <message>
        <source>“{typed}” replaced by {chosen}, to match {why}.</source>
        <translation>“{typed}” wedi&apos;i ddisodli gan {chosen}, i gyd-fynd ag {why}.</translation>
    </message>
</context>
<context>
    <name>Wipe</name>
    <message>
        <source>Your landlord has withdrawn this laptop&apos;s access and asked for its data to be deleted (for example because it was reported lost).</source>
        <translation>Mae eich landlord wedi tynnu mynediad y gliniadur hwn yn ôl ac wedi gofyn i&apos;w ddata gael ei ddileu (er enghraifft am iddo gael ei adrodd ar goll).</translation>
    </message>
    <message>
        <source>The residents&apos; data on this laptop has been deleted: records, photos and reference data.</source>
        <translation>Mae data&apos;r preswylwyr ar y gliniadur hwn wedi&apos;i ddileu: cofnodion, lluniau a data cyfeirio.</translation>
    </message>
    <message numerus="yes">
        <source>What had not been sent was deleted with it: %n item(s). If you are the champion who used this laptop, tell your coordinator, because the server cannot know what that was.</source>
        <translation>
            <numerusform>Cafodd yr hyn nad oedd wedi&apos;i anfon ei ddileu hefyd: %n eitem. Os mai chi yw&apos;r hyrwyddwr a oedd yn defnyddio&apos;r gliniadur hwn, dywedwch wrth eich cydlynydd, oherwydd ni all y gweinydd wybod beth oedd hynny.</numerusform>
            <numerusform>Cafodd yr hyn nad oedd wedi&apos;i anfon ei ddileu hefyd: %n eitem. Os mai chi yw&apos;r hyrwyddwr a oedd yn defnyddio&apos;r gliniadur hwn, dywedwch wrth eich cydlynydd, oherwydd ni all y gweinydd wybod beth oedd hynny.</numerusform>
            <numerusform>Cafodd yr hyn nad oedd wedi&apos;i anfon ei ddileu hefyd: %n eitem. Os mai chi yw&apos;r hyrwyddwr a oedd yn defnyddio&apos;r gliniadur hwn, dywedwch wrth eich cydlynydd, oherwydd ni all y gweinydd wybod beth oedd hynny.</numerusform>
            <numerusform>Cafodd yr hyn nad oedd wedi&apos;i anfon ei ddileu hefyd: %n eitem. Os mai chi yw&apos;r hyrwyddwr a oedd yn defnyddio&apos;r gliniadur hwn, dywedwch wrth eich cydlynydd, oherwydd ni all y gweinydd wybod beth oedd hynny.</numerusform>
            <numerusform>Cafodd yr hyn nad oedd wedi&apos;i anfon ei ddileu hefyd: %n eitem. Os mai chi yw&apos;r hyrwyddwr a oedd yn defnyddio&apos;r gliniadur hwn, dywedwch wrth eich cydlynydd, oherwydd ni all y gweinydd wybod beth oedd hynny.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is no longer connected. You can close Estate Champion.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu mwyach. Gallwch gau Estate Champion.</translation>
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
        <translation>Ni all yr ymweliad fod yn y dyfodol: cywirwch ei ddyddiad a&apos;i amser.</translation>
    </message>
    <message>
        <source>Choose the estate this is about before submitting: your draft is kept.</source>
        <translation>Dewiswch yr ystâd y mae hyn yn ymwneud â hi cyn cyflwyno: mae eich drafft yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Your coordinator asks: {question}</source>
        <translation>Mae eich cydlynydd yn gofyn: {question}</translation>
    </message>
    <message>
        <source>changes not yet submitted</source>
        <translation>newidiadau heb eu cyflwyno eto</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>hours</source>
        <translation>oriau</translation>
    </message>
    <message>
        <source>days</source>
        <translation>diwrnodau</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Pob cofnod</translation>
    </message>
    <message>
        <source>Ease of reporting the repair</source>
        <translation>Pa mor hawdd oedd rhoi gwybod am yr atgyweiriad</translation>
    </message>
    <message>
        <source>Part 1: reported to operative sent</source>
        <translation>Rhan 1: o roi gwybod hyd at anfon gweithiwr</translation>
    </message>
    <message>
        <source>Part 2: operative sent to work done</source>
        <translation>Rhan 2: o anfon gweithiwr hyd at orffen y gwaith</translation>
    </message>
    <message>
        <source>The repair overall (TP02 wording)</source>
        <translation>Yr atgyweiriad at ei gilydd (geiriad TP02)</translation>
    </message>
    <message>
        <source>Time taken (TP03 wording)</source>
        <translation>Yr amser a gymerwyd (geiriad TP03)</translation>
    </message>
    <message>
        <source>Operatives, overall</source>
        <translation>Gweithwyr, at ei gilydd</translation>
    </message>
    <message>
        <source>Households on a communal repair or area</source>
        <translation>Aelwydydd am atgyweiriad neu ardal gymunedol</translation>
    </message>
    <message>
        <source>Showed ID</source>
        <translation>Wedi dangos cerdyn adnabod</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ar amser</translation>
    </message>
    <message>
        <source>Explained the work</source>
        <translation>Wedi egluro&apos;r gwaith</translation>
    </message>
    <message>
        <source>Respectful</source>
        <translation>Yn barchus</translation>
    </message>
    <message>
        <source>Protected the home</source>
        <translation>Wedi diogelu&apos;r cartref</translation>
    </message>
    <message>
        <source>Left it clean and tidy</source>
        <translation>Wedi&apos;i adael yn lân ac yn daclus</translation>
    </message>
    <message>
        <source>{amount} hours</source>
        <translation>{amount} awr</translation>
    </message>
    <message>
        <source>{amount} days</source>
        <translation>{amount} diwrnod</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>diwrnodau gwaith</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>diwrnodau calendr</translation>
    </message>
    <message>
        <source>Champion-collected feedback: what residents told Estate Service Champions, who are volunteers. It is the landlord&apos;s own tenant-voice evidence, not an official Tenant Satisfaction Measures (TSM) return, which needs a compliant, representative survey.</source>
        <translation>Adborth a gasglwyd gan hyrwyddwyr: yr hyn a ddywedodd preswylwyr wrth Hyrwyddwyr Gwasanaethau Ystadau, sy&apos;n wirfoddolwyr. Tystiolaeth llais y tenant y landlord ei hun yw hon, nid ffurflen swyddogol y Mesurau Boddhad Tenantiaid (TSM), sy&apos;n gofyn am arolwg cynrychioliadol sy&apos;n dilyn y rheolau.</translation>
    </message>
    <message>
        <source>Every percentage shows its base (n, the answers it is counted from) and a 95 % interval (Wilson): the range the true figure is likely to be in. Figures from fewer than 10 answers are greyed: too few to read much into.</source>
        <translation>Mae pob canran yn dangos ei sylfaen (n, yr atebion y mae&apos;n cael ei chyfrif ohonyn nhw) a chyfwng 95 % (Wilson): yr ystod y mae&apos;r ffigur go iawn yn debygol o fod ynddi. Mae ffigurau o lai na 10 ateb yn llwyd: rhy ychydig i ddod i gasgliadau ohonyn nhw.</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Ystâd</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Math o gofnod</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Math o waith</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Contractor or in-house team</source>
        <translation>Contractwr neu dîm mewnol</translation>
    </message>
    <message>
        <source>Operative</source>
        <translation>Gweithiwr</translation>
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
        <translation>Ni ofynnir y cwestiwn hwn i berchnogion ar y cyd (rheolau&apos;r Mesurau Boddhad Tenantiaid): cliriwch yr ateb.</translation>
    </message>
    <message>
        <source>Someone cannot be sent out before the repair was reported.</source>
        <translation>Ni ellir anfon rhywun allan cyn i&apos;r atgyweiriad gael ei adrodd.</translation>
    </message>
    <message>
        <source>The work cannot be finished before it was reported or sent.</source>
        <translation>Ni ellir gorffen y gwaith cyn iddo gael ei adrodd neu cyn anfon rhywun.</translation>
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
        <translation>Ni ellir anfon {count} nes i lun ynddo gael ei ganfod neu ei dynnu (agorwch Fy nghofnodion).</translation>
    </message>
    <message>
        <source>{count} cannot be sent until a photo in them is found or removed (open My log).</source>
        <translation>Ni ellir anfon {count} nes i lun ynddyn nhw gael ei ganfod neu ei dynnu (agorwch Fy nghofnodion).</translation>
    </message>
    <message>
        <source>{count} is too large for the server: ask your coordinator.</source>
        <translation>Mae {count} yn rhy fawr i&apos;r gweinydd: gofynnwch i&apos;ch cydlynydd.</translation>
    </message>
    <message>
        <source>{count} are too large for the server: ask your coordinator.</source>
        <translation>Mae {count} yn rhy fawr i&apos;r gweinydd: gofynnwch i&apos;ch cydlynydd.</translation>
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
        <translation>Mae eich landlord wedi tynnu mynediad y gliniadur hwn yn ôl ac wedi gofyn i ddata&apos;r preswylwyr arno gael ei ddileu (er enghraifft am iddo gael ei adrodd ar goll).</translation>
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
        <translation>Boddhad cyffredinol â gwasanaeth y landlord</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with the overall repairs service from [landlord] over the last 12 months?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â gwasanaeth atgyweirio cyffredinol [landlord] dros y 12 mis diwethaf?</translation>
    </message>
    <message>
        <source>The repairs service over the last 12 months</source>
        <translation>Y gwasanaeth atgyweirio dros y 12 mis diwethaf</translation>
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
        <translation>Yr amser a gymerwyd i gwblhau&apos;r atgyweiriad diweddaraf</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] provides a home that is well maintained?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn darparu cartref sy&apos;n cael ei gynnal a&apos;i gadw&apos;n dda?</translation>
    </message>
    <message>
        <source>The home is well maintained</source>
        <translation>Mae&apos;r cartref yn cael ei gynnal a&apos;i gadw&apos;n dda</translation>
    </message>
    <message>
        <source>Thinking about the condition of the property or building you live in, how satisfied or dissatisfied are you that [landlord] provides a home that is safe?</source>
        <translation>Gan feddwl am gyflwr yr eiddo neu&apos;r adeilad rydych chi&apos;n byw ynddo, pa mor fodlon neu anfodlon ydych chi fod [landlord] yn darparu cartref sy&apos;n ddiogel?</translation>
    </message>
    <message>
        <source>The home is safe</source>
        <translation>Mae&apos;r cartref yn ddiogel</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] listens to your views and acts upon them?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn gwrando ar eich barn ac yn gweithredu arni?</translation>
    </message>
    <message>
        <source>The landlord listens to views and acts on them</source>
        <translation>Mae&apos;r landlord yn gwrando ar farn ac yn gweithredu arni</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you that [landlord] keeps you informed about things that matter to you?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi fod [landlord] yn rhoi gwybod i chi am bethau sy&apos;n bwysig i chi?</translation>
    </message>
    <message>
        <source>The landlord keeps them informed</source>
        <translation>Mae&apos;r landlord yn rhoi&apos;r wybodaeth ddiweddaraf iddyn nhw</translation>
    </message>
    <message>
        <source>To what extent do you agree or disagree with the following: &quot;[landlord] treats me fairly and with respect&quot;?</source>
        <translation>I ba raddau ydych chi&apos;n cytuno neu&apos;n anghytuno â&apos;r canlynol: &quot;Mae [landlord] yn fy nhrin yn deg a chyda pharch&quot;?</translation>
    </message>
    <message>
        <source>The landlord treats them fairly and with respect</source>
        <translation>Mae&apos;r landlord yn eu trin yn deg a chyda pharch</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with [landlord]&apos;s approach to complaints handling?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â dull [landlord] o ymdrin â chwynion?</translation>
    </message>
    <message>
        <source>How complaints are handled</source>
        <translation>Sut yr ymdrinnir â chwynion</translation>
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
        <translation>Mae&apos;r ardaloedd cymunedol yn lân ac mewn cyflwr da</translation>
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
        <translation>Cyfraniad cadarnhaol at y gymdogaeth</translation>
    </message>
    <message>
        <source>How satisfied or dissatisfied are you with [landlord]&apos;s approach to handling anti-social behaviour?</source>
        <translation>Pa mor fodlon neu anfodlon ydych chi â dull [landlord] o ymdrin ag ymddygiad gwrthgymdeithasol?</translation>
    </message>
    <message>
        <source>How anti-social behaviour is handled</source>
        <translation>Sut yr ymdrinnir ag ymddygiad gwrthgymdeithasol</translation>
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
