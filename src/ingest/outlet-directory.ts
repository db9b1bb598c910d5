/**
 * A directory of well-known news outlets, general to any story: each entry is the outlet's name,
 * the web domains it publishes under, other names it goes by, and whether it is a wire service
 * (whose copy other outlets carry). Data only; the rules that use it live in outlet-names.ts.
 */

/** One outlet of the directory. */
export interface DirectoryOutlet {
  readonly name: string;
  readonly domains: readonly string[];
  readonly aliases: readonly string[];
  readonly wire: boolean;
}

// name | domains | other names | "wire" when it is a news agency
const ENTRIES = `
The Associated Press|apnews.com ap.org|AP,Associated Press,AP News|wire
Reuters|reuters.com|Thomson Reuters,Thomson/Reuters,Reuters News|wire
Agence France-Presse|afp.com|AFP,Agence France Presse,AFP News Agency|wire
Bloomberg|bloomberg.com|Bloomberg News|wire
United Press International|upi.com|UPI|wire
Deutsche Presse-Agentur|dpa.com dpa-international.com|dpa,DPA|wire
Press Trust of India|ptinews.com|PTI|wire
Asian News International|aninews.in|ANI|wire
Indo-Asian News Service|ians.in|IANS|wire
Xinhua|xinhuanet.com news.cn english.news.cn|Xinhua News Agency|wire
TASS|tass.com tass.ru|ITAR-TASS,TASS News Agency|wire
RIA Novosti|ria.ru|RIA|wire
Kyodo News|kyodonews.net english.kyodonews.net|Kyodo|wire
Yonhap|yna.co.kr en.yna.co.kr|Yonhap News Agency|wire
EFE|efe.com|Agencia EFE|wire
ANSA|ansa.it|ANSA News Agency|wire
Anadolu Agency|aa.com.tr|Anadolu|wire
Australian Associated Press|aap.com.au|AAP|wire
Storyful|storyful.com||wire
The Canadian Press|thecanadianpress.com|Canadian Press,CP|wire
Press Association|pa.media|PA,PA Media|wire
Sputnik|sputniknews.com sputnikglobe.com|Sputnik International,Sputnik News|wire
Interfax|interfax.com interfax.ru||wire
Ukrinform|ukrinform.net||wire
News Service of Florida|newsserviceflorida.com||wire
CNN|cnn.com edition.cnn.com us.cnn.com|Cable News Network,CNN Wire|
ABC News|abcnews.go.com abcnews.com abcn.ws|ABC|
NBC News|nbcnews.com|NBC|
CBS News|cbsnews.com|CBS|
Fox News|foxnews.com|Fox News Channel,Fox|
MSNBC|msnbc.com||
CNBC|cnbc.com||
NPR|npr.org|National Public Radio|
PBS NewsHour|pbs.org|PBS,NewsHour|
C-SPAN|c-span.org||
Voice of America|voanews.com voa.gov|VOA,VOA News|
Radio Free Europe/Radio Liberty|rferl.org|RFE/RL|
The New York Times|nytimes.com|New York Times,NYT,Times|
The Washington Post|washingtonpost.com|Washington Post|
The Wall Street Journal|wsj.com|Wall Street Journal,WSJ|
USA Today|usatoday.com||
Los Angeles Times|latimes.com|LA Times,The Los Angeles Times|
Chicago Tribune|chicagotribune.com||
The Boston Globe|bostonglobe.com|Boston Globe|
The Philadelphia Inquirer|inquirer.com philly.com|Philadelphia Inquirer|
San Francisco Chronicle|sfchronicle.com||
SFGATE|sfgate.com|SFGate|
The Seattle Times|seattletimes.com|Seattle Times|
The Dallas Morning News|dallasnews.com|Dallas Morning News|
Houston Chronicle|houstonchronicle.com chron.com||
The Atlanta Journal-Constitution|ajc.com|Atlanta Journal-Constitution,AJC|
Miami Herald|miamiherald.com||
Tampa Bay Times|tampabay.com||
Star Tribune|startribune.com m.startribune.com|Minneapolis Star Tribune|
The Denver Post|denverpost.com|Denver Post|
The Arizona Republic|azcentral.com|Arizona Republic|
The Times-Picayune|nola.com||
The Advocate|theadvocate.com||
Detroit Free Press|freep.com||
The Detroit News|detroitnews.com||
Chicago Sun-Times|suntimes.com||
New York Post|nypost.com|NY Post|
New York Daily News|nydailynews.com|Daily News|
Newsday|newsday.com||
The Orange County Register|ocregister.com||
The Sacramento Bee|sacbee.com||
The Kansas City Star|kansascity.com||
The Oregonian|oregonlive.com||
St. Louis Post-Dispatch|stltoday.com||
The Star-Ledger|nj.com||
Pittsburgh Post-Gazette|post-gazette.com||
The Baltimore Sun|baltimoresun.com||
The Charlotte Observer|charlotteobserver.com||
The Tennessean|tennessean.com||
The Courier-Journal|courier-journal.com||
The Plain Dealer|cleveland.com||
The Salt Lake Tribune|sltrib.com||
Honolulu Star-Advertiser|staradvertiser.com||
Anchorage Daily News|adn.com||
Las Vegas Review-Journal|reviewjournal.com||
Politico|politico.com politico.eu|POLITICO|
The Hill|thehill.com||
Axios|axios.com||
Vox|vox.com||
Slate|slate.com||
Salon|salon.com||
The Atlantic|theatlantic.com||
The New Yorker|newyorker.com||
New York Magazine|nymag.com|New York,Intelligencer|
Time|time.com|TIME|
Newsweek|newsweek.com||
The Economist|economist.com||
Forbes|forbes.com||
Fortune|fortune.com||
Business Insider|businessinsider.com insider.com|Insider|
HuffPost|huffpost.com huffingtonpost.com huffingtonpost.co.uk|Huffington Post,The Huffington Post|
BuzzFeed News|buzzfeednews.com buzzfeed.com|BuzzFeed|
Vice News|vice.com|VICE,Vice|
The Daily Beast|thedailybeast.com|Daily Beast|
Mother Jones|motherjones.com||
The Nation|thenation.com||
National Review|nationalreview.com||
The Federalist|thefederalist.com||
Breitbart News|breitbart.com|Breitbart|
The Daily Caller|dailycaller.com|Daily Caller|
Townhall|townhall.com|Townhall.com|
The Washington Times|washingtontimes.com|Washington Times|
Washington Examiner|washingtonexaminer.com||
Newsmax|newsmax.com||
One America News Network|oann.com|OANN,OAN|
The Blaze|theblaze.com|TheBlaze|
The Epoch Times|theepochtimes.com|Epoch Times|
Raw Story|rawstory.com||
Common Dreams|commondreams.org||
The Intercept|theintercept.com||
ProPublica|propublica.org||
Reason|reason.com||
The Christian Science Monitor|csmonitor.com|Christian Science Monitor|
Al Jazeera|aljazeera.com aljazeera.net|Al Jazeera English|
BBC News|bbc.com bbc.co.uk news.bbc.co.uk|BBC,British Broadcasting Corporation|
The Guardian|theguardian.com guardian.co.uk|Guardian|
The Times|thetimes.co.uk|The Times of London|
The Sunday Times|thesundaytimes.co.uk||
The Daily Telegraph|telegraph.co.uk|The Telegraph,Telegraph|
The Independent|independent.co.uk|Independent|
Financial Times|ft.com|FT|
Daily Mail|dailymail.co.uk|Mail Online,MailOnline|
The Sun|thesun.co.uk||
Daily Mirror|mirror.co.uk|The Mirror,Mirror|
Daily Express|express.co.uk|Express|
Evening Standard|standard.co.uk|London Evening Standard|
i|inews.co.uk|The i Paper,inews|
Sky News|news.sky.com sky.com|Sky|
ITV News|itv.com|ITV|
Channel 4 News|channel4.com||
The Scotsman|scotsman.com||
The Herald|heraldscotland.com|Herald Scotland|
The Irish Times|irishtimes.com|Irish Times|
Irish Independent|independent.ie||
RTÉ News|rte.ie|RTE,RTÉ|
TheJournal.ie|thejournal.ie||
Euronews|euronews.com||
France 24|france24.com|FRANCE 24|
Radio France Internationale|rfi.fr|RFI|
Le Monde|lemonde.fr||
Le Figaro|lefigaro.fr||
Deutsche Welle|dw.com|DW|
Der Spiegel|spiegel.de|Spiegel,Spiegel International|
El País|elpais.com|El Pais|
Corriere della Sera|corriere.it||
The Local|thelocal.com thelocal.fr thelocal.de||
Swissinfo|swissinfo.ch|SWI swissinfo.ch|
Kyiv Independent|kyivindependent.com||
The Moscow Times|themoscowtimes.com|Moscow Times|
RT|rt.com|Russia Today|
Meduza|meduza.io||
Haaretz|haaretz.com||
The Times of Israel|timesofisrael.com|Times of Israel|
The Jerusalem Post|jpost.com|Jerusalem Post|
Arab News|arabnews.com||
Gulf News|gulfnews.com||
The National|thenationalnews.com thenational.ae||
Khaleej Times|khaleejtimes.com||
Al Arabiya|alarabiya.net english.alarabiya.net||
Middle East Eye|middleeasteye.net||
Daily Sabah|dailysabah.com||
Hürriyet Daily News|hurriyetdailynews.com||
Tehran Times|tehrantimes.com||
Islamic Republic News Agency|irna.ir en.irna.ir|IRNA|wire
Tasnim News Agency|tasnimnews.com|Tasnim|wire
Fars News Agency|farsnews.ir|Fars|wire
Dawn|dawn.com||
The Express Tribune|tribune.com.pk|Express Tribune|
Geo News|geo.tv||
The News International|thenews.com.pk||
The Times of India|timesofindia.indiatimes.com indiatimes.com|Times of India,TOI|
Hindustan Times|hindustantimes.com||
The Hindu|thehindu.com||
The Indian Express|indianexpress.com|Indian Express|
NDTV|ndtv.com||
India Today|indiatoday.in||
The Economic Times|economictimes.indiatimes.com|Economic Times|
News18|news18.com||
Firstpost|firstpost.com||
Deccan Herald|deccanherald.com||
The Print|theprint.in|ThePrint|
Scroll.in|scroll.in|Scroll|
WION|wionews.com||
Business Standard|business-standard.com||
Mint|livemint.com|Livemint|
The Daily Star|thedailystar.net||
Dhaka Tribune|dhakatribune.com||
The Straits Times|straitstimes.com|Straits Times|
Channel NewsAsia|channelnewsasia.com|CNA|
South China Morning Post|scmp.com|SCMP|
Hong Kong Free Press|hongkongfp.com|HKFP|
The Standard|thestandard.com.hk||
China Daily|chinadaily.com.cn||
Global Times|globaltimes.cn||
CGTN|cgtn.com|China Global Television Network|
The Japan Times|japantimes.co.jp|Japan Times|
NHK World|nhk.or.jp www3.nhk.or.jp|NHK|
Nikkei Asia|asia.nikkei.com nikkei.com|Nikkei|
The Korea Herald|koreaherald.com|Korea Herald|
The Korea Times|koreatimes.co.kr|Korea Times|
Taipei Times|taipeitimes.com||
Focus Taiwan|focustaiwan.tw||
The Jakarta Post|thejakartapost.com|Jakarta Post|
Bangkok Post|bangkokpost.com||
Philippine Daily Inquirer|inquirer.net|Inquirer|
Rappler|rappler.com||
The Star|thestar.com.my||
Malay Mail|malaymail.com||
VnExpress|e.vnexpress.net vnexpress.net||
ABC News (Australia)|abc.net.au|ABC Australia|
The Sydney Morning Herald|smh.com.au|Sydney Morning Herald|
The Age|theage.com.au||
The Australian|theaustralian.com.au||
News.com.au|news.com.au||
SBS News|sbs.com.au|SBS|
The New Zealand Herald|nzherald.co.nz|NZ Herald|
Stuff|stuff.co.nz||
RNZ|rnz.co.nz|Radio New Zealand|
CBC News|cbc.ca|CBC|
CTV News|ctvnews.ca|CTV|
Global News|globalnews.ca||
The Globe and Mail|theglobeandmail.com|Globe and Mail|
Toronto Star|thestar.com||
National Post|nationalpost.com||
Times Colonist|timescolonist.com||
Mail & Guardian|mg.co.za||
News24|news24.com||
Daily Maverick|dailymaverick.co.za||
IOL|iol.co.za||
Nation|nation.africa|Daily Nation|
The Standard (Kenya)|standardmedia.co.ke||
Premium Times|premiumtimesng.com||
Punch|punchng.com|The Punch|
Vanguard|vanguardngr.com||
The Guardian Nigeria|guardian.ng||
Channels Television|channelstv.com|Channels TV|
The East African|theeastafrican.co.ke||
Africanews|africanews.com||
Egypt Independent|egyptindependent.com||
Ahram Online|english.ahram.org.eg ahram.org.eg||
Buenos Aires Times|batimes.com.ar||
MercoPress|en.mercopress.com||
Mexico News Daily|mexiconewsdaily.com||
Yahoo News|news.yahoo.com yahoo.com uk.news.yahoo.com ca.news.yahoo.com sg.news.yahoo.com malaysia.news.yahoo.com au.news.yahoo.com|Yahoo|
Yahoo Sports|sports.yahoo.com ca.sports.yahoo.com uk.sports.yahoo.com||
Yahoo Finance|finance.yahoo.com||
MSN|msn.com||
Google News|news.google.com||
Apple News|apple.news||
Microsoft Start|microsoftstart.com||
Flipboard|flipboard.com||
Ground News|ground.news||
Drudge Report|drudgereport.com||
RealClearPolitics|realclearpolitics.com||
The Conversation|theconversation.com||
Scientific American|scientificamerican.com||
Nature|nature.com||
Science|science.org sciencemag.org||
New Scientist|newscientist.com||
Space.com|space.com||
Ars Technica|arstechnica.com||
Wired|wired.com|WIRED|
The Verge|theverge.com||
TechCrunch|techcrunch.com||
Engadget|engadget.com||
CNET|cnet.com||
Gizmodo|gizmodo.com||
SlashGear|slashgear.com||
ZDNet|zdnet.com||
National Geographic|nationalgeographic.com|Nat Geo|
Smithsonian Magazine|smithsonianmag.com||
AccuWeather|accuweather.com||
The Weather Channel|weather.com||
ESPN|espn.com espn.co.uk||
Sky Sports|skysports.com||
BBC Sport|bbc.co.uk/sport||
The Athletic|theathletic.com||
Sports Illustrated|si.com|SI|
CBS Sports|cbssports.com||
Goal|goal.com|Goal.com|
FourFourTwo|fourfourtwo.com||
Marca|marca.com||
AS|as.com||
Football Italia|football-italia.net||
Variety|variety.com||
The Hollywood Reporter|hollywoodreporter.com||
Rolling Stone|rollingstone.com||
Billboard|billboard.com||
People|people.com||
Entertainment Weekly|ew.com||
TMZ|tmz.com||
iHeartRadio|iheart.com||
Patch|patch.com||
Courthouse News Service|courthousenews.com||
SCOTUSblog|scotusblog.com||
Lawfare|lawfaremedia.org lawfareblog.com||
Military Times|militarytimes.com||
Stars and Stripes|stripes.com||
Defense News|defensenews.com||
Task & Purpose|taskandpurpose.com||
Breaking Defense|breakingdefense.com||
The War Zone|twz.com thedrive.com||
Foreign Policy|foreignpolicy.com||
Foreign Affairs|foreignaffairs.com||
Responsible Statecraft|responsiblestatecraft.org||
The Diplomat|thediplomat.com||
Devex|devex.com||
Devdiscourse|devdiscourse.com||
MarketWatch|marketwatch.com||
Barron's|barrons.com||
Investopedia|investopedia.com||
Quartz|qz.com||
Fast Company|fastcompany.com||
The Motley Fool|fool.com||
Seeking Alpha|seekingalpha.com||
Business Post|businesspost.ie||
CAPA Centre for Aviation|centreforaviation.com|CAPA,Centre for Aviation|
Aviation Week|aviationweek.com||
Simple Flying|simpleflying.com||
The Points Guy|thepointsguy.com||
Travel + Leisure|travelandleisure.com||
Condé Nast Traveler|cntraveler.com||
AFAR|afar.com||
Lloyd's List|lloydslist.com lloydslist.maritimeintelligence.informa.com||
gCaptain|gcaptain.com||
Splash247|splash247.com||
Spectrum News 13|mynews13.com|News 13|
Spectrum News NY1|ny1.com|NY1|
KTLA|ktla.com||
WGN-TV|wgntv.com|WGN|
The Texas Tribune|texastribune.org||
CalMatters|calmatters.org||
Block Club Chicago|blockclubchicago.org||
The Daily Wire|dailywire.com||
Mediaite|mediaite.com||
TheWrap|thewrap.com||
Deadline|deadline.com||
Snopes|snopes.com||
PolitiFact|politifact.com||
FactCheck.org|factcheck.org||
Al-Monitor|al-monitor.com||
Asharq Al-Awsat|english.aawsat.com aawsat.com||
The New Arab|newarab.com english.alaraby.co.uk||
Kurdistan 24|kurdistan24.net||
Rudaw|rudaw.net||
Palmer Report|palmerreport.com||
dpa-AFX|dpa-afx.de|dpa-AFX Wirtschaftsnachrichten|wire
Europa Press|europapress.es||wire
ANP|anp.nl|Algemeen Nederlands Persbureau|wire
Belga|belganewsagency.eu belga.be|Belga News Agency|wire
Keystone-SDA|keystone-sda.ch|SDA,Keystone SDA|wire
NTB|ntb.no|Norsk Telegrambyrå|wire
Ritzau|ritzau.dk||wire
Polish Press Agency|pap.pl|PAP|wire
MTI|mti.hu|Hungarian News Agency|wire
HINA|hina.hr||wire
Tanjug|tanjug.rs||wire
Agerpres|agerpres.ro||wire
Lusa|lusa.pt|Agência Lusa|wire
Jiji Press|jiji.com|Jiji|wire
Central News Agency|cna.com.tw|CNA Taiwan|wire
Bernama|bernama.com||wire
Antara|antaranews.com en.antaranews.com|Antara News|wire
Philippine News Agency|pna.gov.ph|PNA|wire
Vietnam News Agency|vnanet.vn|VNA|wire
Associated Press of Pakistan|||wire
United News of India|uniindia.com||wire
United News of Bangladesh|unb.com.bd|UNB|wire
Bangladesh Sangbad Sangstha|bssnews.net|BSS|wire
Emirates News Agency|wam.ae|WAM|wire
Saudi Press Agency|spa.gov.sa|SPA|wire
Qatar News Agency|qna.org.qa|QNA|wire
Kuwait News Agency|kuna.net.kw|KUNA|wire
Middle East News Agency|||wire
News Agency of Nigeria|nannews.ng||wire
Kenya News Agency|kenyanews.go.ke|KNA|wire
Prensa Latina|plenglish.com prensa-latina.cu||wire
Agência Brasil|agenciabrasil.ebc.com.br|Agencia Brasil|wire
Notimex|notimex.gob.mx||wire
Inside Edition|insideedition.com||
Entertainment Tonight|etonline.com|ET Online|
TRT World|trtworld.com||
TRT Haber|trthaber.com||
GiveMeSport|givemesport.com|Give Me Sport|
Bleacher Report|bleacherreport.com||
Yardbarker|yardbarker.com||
The Sporting News|sportingnews.com|Sporting News|
Sportskeeda|sportskeeda.com||
NBC Sports|nbcsports.com||
Fox Sports|foxsports.com foxsports.com.au||
talkSPORT|talksport.com||
ESPNcricinfo|espncricinfo.com|Cricinfo|
Cricbuzz|cricbuzz.com||
The Quint|thequint.com|Quint|
The London Economic|thelondoneconomic.com||
FinanzNachrichten|finanznachrichten.de|Finanznachrichten|
CapeTalk|capetalk.co.za||
Radio 702|702.co.za||
Eyewitness News|ewn.co.za|EWN|
TimesLIVE|timeslive.co.za||
Sowetan|sowetanlive.co.za|SowetanLIVE|
GlasgowWorld|glasgowworld.com||
Daily Record|dailyrecord.co.uk||
Manchester Evening News|manchestereveningnews.co.uk||
Liverpool Echo|liverpoolecho.co.uk||
WalesOnline|walesonline.co.uk|Wales Online|
Belfast Telegraph|belfasttelegraph.co.uk||
Irish Examiner|irishexaminer.com||
LBC|lbc.co.uk||
GB News|gbnews.com gbnews.uk||
The Register|theregister.com theregister.co.uk||
TechRadar|techradar.com||
Tom's Hardware|tomshardware.com||
9to5Mac|9to5mac.com||
MacRumors|macrumors.com||
Android Authority|androidauthority.com||
PCMag|pcmag.com|PC Magazine|
Mashable|mashable.com||
The Next Web|thenextweb.com|TNW|
VentureBeat|venturebeat.com||
Digital Trends|digitaltrends.com||
IGN|ign.com||
Kotaku|kotaku.com||
Fox Business|foxbusiness.com||
TheStreet|thestreet.com||
Benzinga|benzinga.com||
Nasdaq.com|nasdaq.com||
Kitco News|kitco.com||
Phys.org|phys.org||
ScienceAlert|sciencealert.com|Science Alert|
Live Science|livescience.com||
Universe Today|universetoday.com||
EarthSky|earthsky.org||
Popular Science|popsci.com||
Popular Mechanics|popularmechanics.com||
Moneycontrol|moneycontrol.com||
Business Today|businesstoday.in||
Zee News|zeenews.com||
ABP Live|abplive.com||
Republic World|republicworld.com||
The Wire (India)|thewire.in||
Outlook India|outlookindia.com||
Times Now|timesnownews.com||
The Tribune (India)|tribuneindia.com||
Free Press Journal|freepressjournal.in||
DNA India|dnaindia.com||
The Hans India|thehansindia.com|Hans India|
Deccan Chronicle|deccanchronicle.com||
The New Indian Express|newindianexpress.com||
The Statesman|thestatesman.com||
Ada Derana|adaderana.lk||
The Kathmandu Post|kathmandupost.com|Kathmandu Post|
ARY News|arynews.tv||
Gulf Times|gulf-times.com||
Saudi Gazette|saudigazette.com.sa||
Middle East Monitor|middleeastmonitor.com||
TODAY Singapore|todayonline.com||
New Straits Times|nst.com.my|NST|
Free Malaysia Today|freemalaysiatoday.com|FMT|
The Manila Times|manilatimes.net||
GMA News|gmanetwork.com|GMA News Online|
ABS-CBN News|news.abs-cbn.com abs-cbn.com|ABS-CBN|
Vietnam News|vietnamnews.vn||
Khmer Times|khmertimeskh.com||
The Nation (Thailand)|nationthailand.com||
Citi Newsroom|citinewsroom.com||
ThisDay|thisdaylive.com|THISDAY|
Daily Trust|dailytrust.com||
Sahara Reporters|saharareporters.com||
Capital FM Kenya|capitalfm.co.ke||
The Star (Kenya)|the-star.co.ke||
New Vision|newvision.co.ug||
NewsDay Zimbabwe|newsday.co.zw||
EUobserver|euobserver.com||
Euractiv|euractiv.com||
The Brussels Times|brusselstimes.com||
DutchNews|dutchnews.nl||
NL Times|nltimes.nl||
The Connexion|connexionfrance.com||
Kathimerini|ekathimerini.com|eKathimerini|
Notes from Poland|notesfrompoland.com||
Balkan Insight|balkaninsight.com||
Romania Insider|romania-insider.com||
The Portugal News|theportugalnews.com||
The Olive Press|theolivepress.es||
Times of Malta|timesofmalta.com||
Cyprus Mail|cyprus-mail.com||
Yle|yle.fi|Yle News|
NRK|nrk.no||
SVT|svt.se||
The Copenhagen Post|cphpost.dk||
Folha de S.Paulo|folha.com.br||
O Globo|oglobo.globo.com||
El Universal|eluniversal.com.mx||
Colombia Reports|colombiareports.com||
teleSUR|telesurenglish.net telesurtv.net|Telesur|
Buenos Aires Herald|buenosairesherald.com||
ZeroHedge|zerohedge.com|Zero Hedge|
NewsNation|newsnationnow.com|NewsNation Now|
FOX 5 DC|fox5dc.com|Fox 5 DC,FOX 5 Washington DC|
FOX 10 Phoenix|fox10phoenix.com|Fox 10 Phoenix,FOX 10|
FOX 13 Tampa Bay|fox13news.com|FOX 13,Fox 13 News|
LiveNOW from FOX|livenowfox.com|LiveNOW,LiveNow Fox|
ClickOnDetroit|clickondetroit.com|Local 4,WDIV|
PennLive|pennlive.com|Penn Live,The Patriot-News|
MassLive|masslive.com|Mass Live|
LehighValleyLive|lehighvalleylive.com|Lehigh Valley Live|
MLive|mlive.com|MLive.com|
SILive|silive.com|Staten Island Advance|
TheCable|thecable.ng|The Cable|
MyJoyOnline|myjoyonline.com|Joy Online,Joy News|
RedState|redstate.com|Red State|
FXStreet|fxstreet.com|FX Street|
CoinDesk|coindesk.com|Coin Desk|
Cointelegraph|cointelegraph.com|Coin Telegraph|
ScienceDaily|sciencedaily.com|Science Daily|
Ynetnews|ynetnews.com|Ynet,Ynet News|
ChronicleLive|chroniclelive.co.uk|Chronicle Live,Newcastle Chronicle|
KRON4|kron4.com|KRON 4,KRON|
WUSA9|wusa9.com|WUSA 9,WUSA|
ABC13 Houston|abc13.com|ABC13,ABC 13,KTRK|
CBS 8|cbs8.com|CBS8,KFMB|
KHOU 11|khou.com|KHOU|
E! News|eonline.com|E! Online,E!|
Politico Europe|politico.eu|Politico EU|
The Siasat Daily|siasat.com|Siasat|
Legit.ng|legit.ng|Legit|
Daily Hampshire Gazette|gazettenet.com|Gazettenet|
LatestLY|latestly.com|Latestly|
OpIndia|opindia.com|Op India|
Samaa TV|samaa.tv|Samaa,SAMAA|
BusinessDay|businessday.ng|Business Day|
Daily Post|dailypost.ng|Daily Post Nigeria|
Nairametrics|nairametrics.com||
Tuko|tuko.co.ke|Tuko News|
The Citizen|citizen.co.za||
eNCA|enca.com||
Modern Ghana|modernghana.com|ModernGhana|
Graphic Online|graphic.com.gh|Daily Graphic|
Mothership|mothership.sg||
Philstar.com|philstar.com|Philstar,The Philippine Star|
Caixin Global|caixinglobal.com|Caixin|
WRAL|wral.com|WRAL News|
KIRO 7|kiro7.com|KIRO,KIRO 7 News|
WSB-TV|wsbtv.com|WSB,Channel 2 Action News|
PIX11|pix11.com|PIX 11,WPIX|
NBC Chicago|nbcchicago.com|NBC 5 Chicago|
Local 10|local10.com|WPLG,Local 10 News|
WPXI|wpxi.com||
6abc|6abc.com|6abc Action News,WPVI|
WFAA|wfaa.com||
WBAL-TV|wbaltv.com|WBAL-TV 11,WBAL|
WTOP|wtop.com|WTOP News|
WBUR|wbur.org||
KQED|kqed.org||
OPB|opb.org|Oregon Public Broadcasting|
Fort Myers News-Press|news-press.com|The News-Press,News-Press|
Naples Daily News|naplesnews.com||
Florida Today|floridatoday.com||
The Palm Beach Post|palmbeachpost.com|Palm Beach Post|
Sarasota Herald-Tribune|heraldtribune.com|Herald-Tribune|
Orlando Sentinel|orlandosentinel.com||
South Florida Sun Sentinel|sun-sentinel.com|Sun Sentinel,Sun-Sentinel|
The Des Moines Register|desmoinesregister.com|Des Moines Register|
The Indianapolis Star|indystar.com|IndyStar|
Milwaukee Journal Sentinel|jsonline.com|Journal Sentinel|
The Commercial Appeal|commercialappeal.com|Commercial Appeal|
The Clarion-Ledger|clarionledger.com|Clarion Ledger|
Montgomery Advertiser|montgomeryadvertiser.com||
The Greenville News|greenvilleonline.com|Greenville News|
Asheville Citizen Times|citizen-times.com|Citizen Times|
The Record|northjersey.com|NorthJersey.com|
Democrat and Chronicle|democratandchronicle.com||
The Journal News|lohud.com|lohud|
San Antonio Express-News|expressnews.com|Express-News|
Fort Worth Star-Telegram|star-telegram.com|Star-Telegram|
The Oklahoman|oklahoman.com||
Tulsa World|tulsaworld.com||
The Buffalo News|buffalonews.com|Buffalo News|
The Virginian-Pilot|pilotonline.com|Virginian-Pilot|
The News & Observer|newsobserver.com|News & Observer,News and Observer|
The Post and Courier|postandcourier.com|Post and Courier|
The Miami Times|miamitimesonline.com||
El Nuevo Herald|elnuevoherald.com||
Providence Journal|providencejournal.com|The Providence Journal|
Portland Press Herald|pressherald.com|Press Herald|
The Seattle Post-Intelligencer|seattlepi.com|Seattle P-I,SeattlePI|
The San Diego Union-Tribune|sandiegouniontribune.com|San Diego Union-Tribune,Union-Tribune|
The Mercury News|mercurynews.com|San Jose Mercury News,Mercury News|
East Bay Times|eastbaytimes.com||
The Press Democrat|pressdemocrat.com|Press Democrat|
The Fresno Bee|fresnobee.com|Fresno Bee|
Albuquerque Journal|abqjournal.com||
Santa Fe New Mexican|santafenewmexican.com|The Santa Fe New Mexican|
Idaho Statesman|idahostatesman.com||
The Boston Herald|bostonherald.com|Boston Herald|
The Baltimore Banner|thebaltimorebanner.com||
The Dallas Express|dallasexpress.com||
The Star Press|thestarpress.com||
St. Louis Public Radio|stlpublicradio.org|STLPR|
WNYC|wnyc.org|WNYC News|
WAMU|wamu.org||
KUOW|kuow.org||
KCUR|kcur.org||
Gothamist|gothamist.com||
Axios Local|axios.com/local||
WESH 2|wesh.com|WESH,WESH 2 News|
WFTV|wftv.com|WFTV 9|
WKMG News 6|clickorlando.com|WKMG|
FOX 35 Orlando|fox35orlando.com|WOFL|
FOX 4 Dallas-Fort Worth|fox4news.com|FOX 4 News|
FOX 26 Houston|fox26houston.com||
FOX 2 Detroit|fox2detroit.com||
FOX 32 Chicago|fox32chicago.com||
FOX 9 Minneapolis-St. Paul|fox9.com||
FOX 11 Los Angeles|foxla.com||
FOX 29 Philadelphia|fox29.com||
FOX 5 New York|fox5ny.com|FOX 5 NY|
FOX 5 Atlanta|fox5atlanta.com||
FOX 7 Austin|fox7austin.com||
FOX 13 Seattle|q13fox.com fox13seattle.com|Q13 FOX|
FOX 4 Kansas City|fox4kc.com||
FOX 8 Cleveland|fox8.com||
WINK News|winknews.com|WINK|
NBC2 News|nbc-2.com|NBC2,WBBH|
ABC7 Southwest Florida|abc-7.com|ABC7 SWFL,WZVN|
WFLA|wfla.com|WFLA News Channel 8|
WTSP|wtsp.com|10 Tampa Bay|
Bay News 9|baynews9.com||
NBC 6 South Florida|nbcmiami.com|NBC 6|
CBS News Miami|cbsnews.com/miami|CBS Miami|
WSVN 7News|wsvn.com|7News Miami,WSVN|
WJXT News4JAX|news4jax.com|News4JAX|
First Coast News|firstcoastnews.com|WTLV|
KBTX|kbtx.com|KBTX News 3|
KXAN|kxan.com|KXAN News|
KVUE|kvue.com||
KPRC 2|click2houston.com|Click2Houston,KPRC|
KSAT 12|ksat.com|KSAT|
KOAT|koat.com|KOAT 7|
KOMO News|komonews.com|KOMO|
KING 5|king5.com|KING|
KCRA 3|kcra.com|KCRA|
KTVU FOX 2|ktvu.com|KTVU|
ABC7 News|abc7news.com|KGO-TV|
ABC7 Los Angeles|abc7.com|KABC-TV|
ABC7 Chicago|abc7chicago.com|WLS-TV|
ABC7 New York|abc7ny.com|WABC-TV|
NBC New York|nbcnewyork.com|NBC 4 New York|
NBC Los Angeles|nbclosangeles.com||
NBC Washington|nbcwashington.com|NBC4 Washington|
NBC Bay Area|nbcbayarea.com||
CBS News Chicago|cbsnews.com/chicago||
WCVB|wcvb.com|WCVB Channel 5|
WHDH 7News Boston|whdh.com|7News Boston|
WMUR|wmur.com|WMUR-TV|
WSOC-TV|wsoctv.com|WSOC|
WTVD ABC11|abc11.com|ABC11|
WBTV|wbtv.com||
WLWT|wlwt.com||
WKYC|wkyc.com|3News|
WSB Radio|wsbradio.com||
WTAE|wtae.com||
KMOV|kmov.com||
KSDK|ksdk.com||
WREG|wreg.com||
WSMV|wsmv.com||
WKRN|wkrn.com||
WLOX|wlox.com||
WWL-TV|wwltv.com|WWL|
WDSU|wdsu.com||
KATV|katv.com||
KFOR|kfor.com|KFOR 4|
KWTV News 9|news9.com||
KARE 11|kare11.com|KARE|
WCCO|wcco.com|CBS News Minnesota|
WISN 12|wisn.com|WISN|
WGAL|wgal.com||
KOIN 6|koin.com|KOIN|
KTNV 13|ktnv.com|13 Action News|
KLAS 8 News Now|8newsnow.com|8 News Now,KLAS|
KPNX 12News|12news.com|12News|
KNXV ABC15|abc15.com|ABC15|
Spectrum News|spectrumnews.com spectrumlocalnews.com||
Scripps News|scrippsnews.com|Scripps News|
Court TV|courttv.com||
Crain's New York Business|crainsnewyork.com|Crain's New York,Crain's|
Crain's Chicago Business|chicagobusiness.com|Crain's Chicago|
American Banker|americanbanker.com||
Reuters Breakingviews|breakingviews.com|Breakingviews|
Bloomberg Law|news.bloomberglaw.com|Bloomberg Law|
Bloomberg Quint|bqprime.com bloombergquint.com|BQ Prime,NDTV Profit|
Financial Post|financialpost.com||
The Globe and Mail Report on Business|theglobeandmail.com/business||
American City Business Journals|bizjournals.com|Bizjournals|
Kiplinger|kiplinger.com||
Investor's Business Daily|investors.com|IBD|
Yahoo Finance UK|uk.finance.yahoo.com||
Decrypt|decrypt.co||
The Block|theblock.co||
Protocol|protocol.com||
Semafor|semafor.com||
The Free Press|thefp.com||
Puck|puck.news||
The Dispatch|thedispatch.com||
The Bulwark|thebulwark.com||
The Spectator|spectator.co.uk|The Spectator UK|
New Statesman|newstatesman.com||
The Week|theweek.com theweek.co.uk||
Prospect|prospectmagazine.co.uk|Prospect Magazine|
Daily Star (UK)|dailystar.co.uk||
Birmingham Mail|birminghammail.co.uk||
Yorkshire Post|yorkshirepost.co.uk||
Press and Journal|pressandjournal.co.uk|The Press and Journal|
The Courier (Dundee)|thecourier.co.uk||
The National (Scotland)|thenational.scot||
Channel 5 News|channel5.com||
Reach plc|reachplc.com||
Irish Mirror|irishmirror.ie||
Irish Daily Star|irishdailystar.com||
Newstalk|newstalk.com||
Breaking News.ie|breakingnews.ie|BreakingNews.ie|
The Jamaica Gleaner|jamaica-gleaner.com|Gleaner,The Gleaner|
Jamaica Observer|jamaicaobserver.com|The Jamaica Observer|
Trinidad Express|trinidadexpress.com|Trinidad Express Newspapers|
Trinidad and Tobago Guardian|guardian.co.tt|T&T Guardian|
Barbados Today|barbadostoday.bb||
The Bahamas Tribune|tribune242.com|The Tribune (Bahamas)|
PerthNow|perthnow.com.au|Perth Now|
The West Australian|thewest.com.au|West Australian|
The Courier-Mail|couriermail.com.au|Courier-Mail|
The Daily Telegraph (Australia)|dailytelegraph.com.au||
Herald Sun|heraldsun.com.au||
The Advertiser|adelaidenow.com.au|AdelaideNow|
The Canberra Times|canberratimes.com.au||
7NEWS|7news.com.au||
9News|9news.com.au|Nine News|
10 News First|10play.com.au||
The New Daily|thenewdaily.com.au||
Crikey|crikey.com.au||
The Saturday Paper|thesaturdaypaper.com.au||
Newshub|newshub.co.nz||
1News|1news.co.nz|TVNZ,One News|
The Hamilton Spectator|thespec.com|Hamilton Spectator|
Ottawa Citizen|ottawacitizen.com||
Montreal Gazette|montrealgazette.com||
Vancouver Sun|vancouversun.com||
Calgary Herald|calgaryherald.com||
Edmonton Journal|edmontonjournal.com||
Winnipeg Free Press|winnipegfreepress.com||
paNOW|panow.com||
CityNews|citynews.ca||
CP24|cp24.com||
Toronto Sun|torontosun.com||
Le Devoir|ledevoir.com||
La Presse|lapresse.ca||
Radio-Canada|ici.radio-canada.ca|Ici Radio-Canada|
Eagle News|eaglenews.ph||
BusinessWorld|bworldonline.com||
Inquirer.net|newsinfo.inquirer.net||
Sunstar|sunstar.com.ph|SunStar|
CNN Philippines|cnnphilippines.com||
The Phnom Penh Post|phnompenhpost.com||
Myanmar Now|myanmar-now.org||
The Irrawaddy|irrawaddy.com||
Frontier Myanmar|frontiermyanmar.net||
Tuoi Tre News|tuoitrenews.vn||
Hanoi Times|hanoitimes.vn||
The Edge Malaysia|theedgemalaysia.com|The Edge|
Malaysiakini|malaysiakini.com||
The Borneo Post|theborneopost.com||
The Jakarta Globe|jakartaglobe.id|Jakarta Globe|
The Chosun Ilbo|english.chosun.com chosun.com|Chosun Ilbo|
JoongAng Daily|koreajoongangdaily.joins.com|Korea JoongAng Daily|
The Hankyoreh|english.hani.co.kr hani.co.kr|Hankyoreh|
Arirang News|arirang.com||
The Asahi Shimbun|asahi.com|Asahi Shimbun|
The Mainichi|mainichi.jp|Mainichi Shimbun|
The Yomiuri Shimbun|japannews.yomiuri.co.jp|Yomiuri Shimbun,The Japan News|
Nippon.com|nippon.com||
Sixth Tone|sixthtone.com||
People's Daily|en.people.cn people.cn|People's Daily Online|
The Paper|thepaper.cn||
Taiwan News|taiwannews.com.tw||
RTHK|rthk.hk|RTHK News|
Dhaka Prokash|dhakaprokash24.com||
New Age|newagebd.net|New Age Bangladesh|
bdnews24.com|bdnews24.com|bdnews24|
Prothom Alo|en.prothomalo.com prothomalo.com||
The Financial Express (Bangladesh)|thefinancialexpress.com.bd||
The Daily Observer|observerbd.com||
Daily Sun|daily-sun.com||
The Himalayan Times|thehimalayantimes.com||
Daily Mirror (Sri Lanka)|dailymirror.lk||
EconomyNext|economynext.com||
The Nation (Pakistan)|nation.com.pk||
Pakistan Today|pakobserver.net pakistantoday.com.pk||
Dunya News|dunyanews.tv||
Express News|express.pk||
Daily Times|dailytimes.com.pk||
Business Recorder|brecorder.com||
TOLOnews|tolonews.com||
Ariana News|ariananews.af||
Shafaqna|shafaqna.com en.shafaqna.com|Shafaqna English|
Mehr News Agency|en.mehrnews.com mehrnews.com|Mehr|
ISNA|en.isna.ir isna.ir|Iranian Students News Agency|wire
IFP News|ifpnews.com|Iran Front Page|
Iran International|iranintl.com||
Al Mayadeen|english.almayadeen.net almayadeen.net||
Al-Ahram Weekly|english.ahram.org.eg/weekly||
L'Orient Today|today.lorientlejour.com|L'Orient-Le Jour|
The Daily Star (Lebanon)|dailystar.com.lb||
Naharnet|naharnet.com||
The Jordan Times|jordantimes.com|Jordan Times|
Roya News|en.royanews.tv royanews.tv||
Petra|petra.gov.jo|Jordan News Agency|wire
The Peninsula|thepeninsulaqatar.com|The Peninsula Qatar|
Doha News|dohanews.co||
Times of Oman|timesofoman.com||
Oman Observer|omanobserver.om||
Kuwait Times|kuwaittimes.com||
Arab Times|arabtimesonline.com||
Gulf Daily News|gdnonline.com||
Emirates 24/7|emirates247.com||
Zawya|zawya.com||
The Arab Weekly|thearabweekly.com||
Asharq Business|asharqbusiness.com||
Syrian Arab News Agency|sana.sy|SANA|wire
Enab Baladi|english.enabbaladi.net enabbaladi.net||
The Syrian Observer|syrianobserver.com||
North Press Agency|npasyria.com|North Press|
Shafaq News|shafaq.com||
Hürriyet|hurriyet.com.tr||
Duvar English|duvarenglish.com||
Turkish Minute|turkishminute.com||
Bianet|bianet.org||
Ahval|ahvalnews.com||
Yeni Şafak|yenisafak.com|Yeni Safak|
Greek Reporter|greekreporter.com||
Kyiv Post|kyivpost.com||
Ukrainska Pravda|pravda.com.ua|Ukrainian Pravda|
Unian|unian.info|UNIAN|wire
Euromaidan Press|euromaidanpress.com||
Novaya Gazeta Europe|novayagazeta.eu||
Radio Svoboda|svoboda.org||
Belsat|belsat.eu||
Eurasianet|eurasianet.org||
Azatutyun|azatutyun.am||
OC Media|oc-media.org||
The Astana Times|astanatimes.com||
Daily News Egypt|dailynewsegypt.com||
Mada Masr|madamasr.com||
The North Africa Post|northafricapost.com||
Morocco World News|moroccoworldnews.com||
Libya Observer|libyaobserver.ly||
Sudan Tribune|sudantribune.com||
Radio Dabanga|dabangasudan.org||
Addis Standard|addisstandard.com||
The Reporter Ethiopia|thereporterethiopia.com||
The Citizen (Tanzania)|thecitizen.co.tz||
Daily Monitor|monitor.co.ug||
The New Times|newtimes.co.rw|New Times Rwanda|
The Herald (Zimbabwe)|herald.co.zw||
Lusaka Times|lusakatimes.com||
Nyasa Times|nyasatimes.com||
The Namibian|namibian.com.na||
Mmegi|mmegi.bw||
BusinessLIVE|businesslive.co.za|Business Live|
SABC News|sabcnews.com|SABC|
The South African|thesouthafrican.com||
GroundUp|groundup.org.za||
Citizen Digital|citizen.digital||
Kenyans.co.ke|kenyans.co.ke||
Ghanaweb|ghanaweb.com|GhanaWeb|
The Nation (Nigeria)|thenationonlineng.net||
Tribune Online|tribuneonlineng.com|Nigerian Tribune|
TVC News|tvcnews.tv||
Africa News Agency|africannewsagency.com|ANA|wire
Jeune Afrique|jeuneafrique.com||
The Africa Report|theafricareport.com||
APA News|apanews.net||wire
Agence Ecofin|ecofinagency.com||
La Nación|lanacion.com.ar||
Clarín|clarin.com|Clarin|
Página/12|pagina12.com.ar|Pagina 12|
Infobae|infobae.com||
El Tiempo|eltiempo.com||
El Comercio|elcomercio.pe||
La Tercera|latercera.com||
El Mercurio|elmercurio.com||
El Financiero|elfinanciero.com.mx||
The Rio Times|riotimesonline.com||
Brazil Reports|brazilreports.com||
Caracas Chronicles|caracaschronicles.com||
Cuba Debate|cubadebate.cu|Cubadebate|
Havana Times|havanatimes.org||
El Nuevo Día|elnuevodia.com|El Nuevo Dia|
Latin America Reports|latinamericareports.com||
Americas Quarterly|americasquarterly.org||
NACLA|nacla.org||
Le Parisien|leparisien.fr||
Libération|liberation.fr|Liberation|
Ouest-France|ouest-france.fr||
BFMTV|bfmtv.com|BFM TV|
franceinfo|francetvinfo.fr|France Info|
Le Point|lepoint.fr||
L'Express|lexpress.fr||
Die Zeit|zeit.de||
Süddeutsche Zeitung|sueddeutsche.de|Suddeutsche Zeitung,SZ|
Die Welt|welt.de||
Tagesschau|tagesschau.de|ARD|
n-tv|n-tv.de||
Der Standard|derstandard.at||
Die Presse|diepresse.com||
Tages-Anzeiger|tagesanzeiger.ch||
La Repubblica|repubblica.it||
La Stampa|lastampa.it||
Il Sole 24 Ore|ilsole24ore.com||
RAI News|rainews.it||
El Mundo|elmundo.es||
La Vanguardia|lavanguardia.com||
RTVE|rtve.es||
El Confidencial|elconfidencial.com||
de Volkskrant|volkskrant.nl|Volkskrant|
De Standaard|standaard.be||
Le Soir|lesoir.be||
Aftonbladet|aftonbladet.se||
The Local Sweden|thelocal.se||
Aftenposten|aftenposten.no||
Politiken|politiken.dk||
Gazeta Wyborcza|wyborcza.pl||
TVP World|tvpworld.com||
Radio Poland|polskieradio.pl||
Radio Prague International|radio.cz||
Hungary Today|hungarytoday.hu||
N1|n1info.com n1info.rs||
Total Croatia News|total-croatia-news.com||
Novinite|novinite.com||
Digi24|digi24.ro||
Malta Today|maltatoday.com.mt||
Luxembourg Times|luxtimes.lu||
Iceland Review|icelandreview.com||
Slashdot|slashdot.org||
Hacker News|news.ycombinator.com||
DailyFX|dailyfx.com||
Bitcoin.com News|news.bitcoin.com||
The Hindu BusinessLine|thehindubusinessline.com|BusinessLine|
Financial Express|financialexpress.com||
India TV|indiatvnews.com||
Aaj Tak|aajtak.in||
OneIndia|oneindia.com||
Asianet News|newsable.asianetnews.com asianetnews.com|Asianet Newsable|
Mathrubhumi|english.mathrubhumi.com mathrubhumi.com||
Manorama|english.manoramaonline.com onmanorama.com|Onmanorama,Malayala Manorama|
The Telegraph (India)|telegraphindia.com|The Telegraph Online|
Millennium Post|millenniumpost.in||
The Pioneer|dailypioneer.com||
Mid-Day|mid-day.com|Mid Day|
Lokmat Times|lokmattimes.com||
Jagran|english.jagran.com jagran.com|Jagran English|
Navbharat Times|navbharattimes.indiatimes.com||
Dainik Bhaskar|bhaskar.com||
The Assam Tribune|assamtribune.com||
EastMojo|eastmojo.com||
Greater Kashmir|greaterkashmir.com||
Kashmir Observer|kashmirobserver.net||
Swarajya|swarajyamag.com||
The Federal|thefederal.com||
News9 Live|news9live.com||
ETV Bharat|etvbharat.com||
Hartford Courant|courant.com|The Hartford Courant|
Richmond Times-Dispatch|richmond.com|Times-Dispatch|
Austin American-Statesman|statesman.com|American-Statesman|
i24NEWS|i24news.tv|i24 News|
Democracy Now!|democracynow.org|Democracy Now|
`;

function parseEntry(line: string): DirectoryOutlet {
  const [written = "", domains = "", aliases = "", wire = ""] = line.split("|");
  // "Daily Star (UK)": the bracket tells the directory's outlets apart; readers see the name alone.
  const name = written.trim().replace(/\s*\([^)]*\)$/, "");
  return Object.freeze({
    name,
    domains: Object.freeze(domains.split(/\s+/).filter(Boolean)),
    aliases: Object.freeze(
      [written.trim(), ...aliases.split(",")]
        .map((alias) => alias.trim())
        .filter((alias) => alias !== "" && alias !== name),
    ),
    wire: wire.trim() === "wire",
  });
}

/** The well-known outlets, in the order written. */
export const OUTLET_DIRECTORY: readonly DirectoryOutlet[] = Object.freeze(
  ENTRIES.split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map(parseEntry),
);
