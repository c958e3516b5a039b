"""Pure parsers for MOFCOM pages and notices: bytes or text in, frozen dataclasses out, no I/O.

Bump `PARSER_VERSION` whenever a change to this package can change what is extracted from an
unchanged page: the nightly job then re-reads the archive and labels the resulting differences
as `reparse`, not as regulatory news.
"""

PARSER_VERSION = (
    "414"  # 2: rules and shape rules; 3: parties (entity lists) extracted, party lines no longer items;
    # 4: table rows and other unread lines carrying a control code are reported (unread_line);
    # 5: criteria in any position and wording, parameter-looking sub-lines read as spec;
    # 6: lists read from attachments and tables (the dual-use list, the catalogue, annex parts);
    # 7: every code a line prints stored (control_entries.control_codes);
    # 8: the line-role model's second opinion (line_role_disagreement issues), HS references labelled
    #    HS编码 or written 编号为…, each clause of 第二款、第三款 its own relation
    # 9: charset decided by the bytes; item numbers up to four digits (merged with 8)
    # 10: suspension windows printed as durations get their end date (民法典 counting, also for parties);
    #     上述 targets named in the sentence before; 令 numbers in Chinese numerals in relations; 应当…办理
    #     许可或者备案 is licence procedure, an exemption (无需申领…) is not
    # 11: criteria or forms printed before the noun and a trailing 未经许可，不得出口 leave the noun as the
    #     name; a comma exclusion (…除外) is spec; 禁止出口部分 is a heading; rewritten catalogue entries
    #     (将X（编号：…）…修改为) are leaves; an export ban's goods with their own HS brackets are one entry
    #     each; 将A、B等N个品种增列至… names entries; a partial repeal keeps the part as its clause
    # 12: item numbers in full-width digits/letters (１． ａ．); a list line broken over two printed lines
    #     (open bracket, HS/code reference alone on the next line, a line that filled the width of a
    #     wrapped text stopping mid-word) read joined;
    #     a party line wrapped inside its bracket likewise
    # 13: criteria before a comma (…的，应当申请许可 / …的除外) are a clause's condition or an exclusion, not a
    #     thing; a comma between digits or an exclusion opened by 但 bound a comma exclusion; 禁止进口部分
    #     stays a measure; catalogue moves (由…调整为, 调整至…) and removals (从…移出) read as such; a ban's
    #     goods end where the sentence turns to another measure (，禁止自…进口…), its 除外 is their spec;
    #     a counted enumeration after 已/曾/未/不再 or into 非列管… names no entry; a 注 line never continues
    #     an item, a numbered party line never continues the one before (an unclosed bracket closes at its end);
    #     criteria or forms before a clause's subject (…的申请人可以…, …的转让，均视为…) name no thing; a ban's
    #     bracket after 包括 is part of its good; a partial repeal's part never names another notice; 下同/仅供参考 after
    #     HS codes is no spec
    # 14: an HS reference ending in 等 keeps its codes; an export ban's ，但…除外 is its goods' spec
    #     the sub-lines of a definition (所称…是指以下…：) or of a filing (…以下…提交…：) are not items
    #     items numbered A．/Ａ．/(A) are an outline level; a name opening with a number (1．2.5D…, 1.2B001)
    #     is read; an unnumbered line shaped like a list line (2.5D…) is an unread_line, not prose
    # 15: a counted enumeration placed in the past by its clause (此前，…将…; 2024年5月，…将…; …第N号公告将…)
    #     names no entry unless a deciding verb follows (决定将, 现将); a later run in the sentence is read
    #     a relation's clause keeps its item and point (第一款第（一）项第7目 → 一/(一)/7); 暂停实施期满后 is no suspension
    # 16: unnumbered code-first lines are items (+n); a numbered entry's 控制要点 its leaves; ，+values spec
    #     an attachment of code-first lines under 一、/二、 headings is an outline, not the dual-use list
    # 17: lists printed as ` | ` tables are read row by row; criteria numbered like items; CAS/code-after-comma
    # 18: bare CAS brackets, materials lists (由下列任一材料制成的X) and 具有下列…特性、X are criteria, not names;
    #     a 技术说明 column is a description; a leading 第…所列以外 is spec
    #     the first qualifying comma ends a name (X，values，…除外: both are spec)
    # 19: coded sub-lines are items, ，下列…values： tails criteria; 下列…不再实施： lists and 第二款中…的内容 repeals
    # 20: section lines inside a table head its rows; ，由…组成 / 为…或更小 / 第…、第…所列以外 spec; ，又称 aliases
    #     inside a party's bracket; 物项识别 on a customs query is no licence procedure
    # 21: 专门设计或改进的X purpose lists; code-first 【保留】 lines reserved; ，其… spec; a ban on 原则/要求 names nothing
    # 22: a list intro ending in 。 (下列物项，未经许可，不得出口。); a comma opening a description (，设计用于…, ，可…,
    #     ，配备…, ，通过…) ends the name, and so does any comma before a later qualifier; values explained by a
    #     bracket or in long units; codes in 除…所列以外 / ，…所列以外 are spec; 用于下列任一系统的X purposes;
    #     a 暂停期限…6个月 clause is its verb's window; 不得向…名单…最终用户出口 is an end-user rule; 下列软件/产品…
    #     intros are intros; a purpose line whose sub-lines carry codes of their own is none
    # 23: a code opening 所列以外 is cited, not the line's; comma code clauses however worded (before a colon,
    #     a comma, a stop) and comma HS clauses; criteria glued by 且/并/同时; CAS brackets anywhere and bracketed
    #     formulae leave the name; 由下列任一纤维增强的X criteria; modifiers that reached their noun make a name
    #     (，以…进行 / ，外壳由…制成 / ，内含… spec); organisation lines are parties; table numbers with ．
    # 24: country sub-headings inside a party list (（二）英国实体) give its entries their country; 将上述N家
    #     实体移出/列入 takes the names printed before it; a.k.a./f/k/a/简称 in a party's bracket are aliases;
    #     a suspension's ended period is background; an amendment runs from the effective date; use bans
    #     and commitments printed after the use are end_use; review on listed parties is a rule; a clause
    #     line without sentence punctuation (一、禁止出口部分) states no rule; party tables read by their
    #     header; numbered removal lists; alias lines; names before a count without 等
    # 25: 将<date>列入…名单的X移出 removes X (a listing followed by 的 decides none); 移出A名单，并列入B名单 is a
    #     removal and a listing; further points of a clause (第4目、第5目) are relations each; 暂停期限至<date>
    #     ends a suspension that opens on the effective date; 第N号暂停实施的措施…恢复实施 is no relation to No. N
    #     (relation_target_indirect)
    # 26: a table cell wrapped anywhere between two rows is the row's; a code clause before an inline colon;
    #     采用/使用下列…技术 and 符合下列…规定 are criteria, so are sub-items naming no thing (设计用于…);
    #     an unnumbered line with its own code or HS reference under a heading is its item (+n);
    #     ，至少由…组成 and a bound given as a bracketed formula or 或更好 are spec; values after a comma that
    #     named more are spec; table sections numbered （一）/第一部分; a table row broken inside a cell goes on
    #     in it; a line ending on a code/HS label or 、 goes on below
    # 27: a relation's attachment keeps its number (…第51号附件1 → 附件1); a move over a table lists the rows
    #     its removal took; 决定将/将其 ends an earlier 将; names after a count (2家X实体A、B已…，决定将其移出);
    #     a recalled listing of described parties names none; items under 采取以下措施 are party lines;
    #     party tables with an action column
    # 28: the signature's date line closes the notice's outline (a list printed after it is its own);
    #     将"CODE 名称"的描述修改为… rewrites that entry (code and name read inside the quotes); 增列“CODE 名称”
    #     adds it; a deletion clause (从清单中删除下列物项) or a table's 调整方式 | 删除 row lifts; qualified column
    #     labels (主要技术指标); a comma purpose (，用于…) or exclusion (，不包括…) is spec; sub-lines of an
    #     exemption (下列技术不适用本公告) or of measures against parties are no leaves
    # 29: a text whose list lines alone were wrapped gets its width from the broken lines' shared length;
    #     page numbers (— 3 —, 第3页 共5页, 3/5) and a running title beside them are dropped, and a line cut
    #     by the page break goes on after them; a numbered-looking line closing an open bracket is its rest
    # 30: 正在开展的相关（出口）活动应当立即停止 (and 应/须立即停止, 正在进行的…) beside a measure on listed parties
    #     is one of their measures
    # 31: a target's title in bare brackets or quotes before its clause (第18号（关于…的决定）第五款); an act
    #     printed 自本公告公布之日起 starts on publication; 第三款自公布之日起施行 brings the notice in force;
    #     ，<aspect>包括… after a name is spec; a table's name cell reads as a name (CAS brackets spec), a row
    #     under a 删除物项 section or described only as 删除 lifts; one CAS bracket may hold several numbers;
    #     codes joined by 或/至 before 所列以外 are cited; a bare code bracket before a line's colon is its code;
    #     a list line ending on ，goes on below, and so does it before a line opening with its references
    # 32: relations: a printed closing day wins over a duration; 不再暂停/取消暂停 resume; 删去 a point repeals
    #     it (words in it: amends); 在…中增列 and an annex replaced amend; 作如下修改 adds no whole-notice act
    #     beside clause-level ones; 不影响/参照 and a window's maker (规定的暂停实施期限) are no targets; acts take
    #     their clause's date (第一条至第三条); broken paragraphs are rejoined; an end in a comma clause of its
    #     own (，至…止); 失效, 改为/修正为, 予以解除. Entries: points inserted into another notice list; a line
    #     citing a notice and a form attachment list nothing; an annexed form (承诺书) is no list to end
    # 33: a table's name column may be any …名称 (化学品名称), its CAS column is spec; a code range A至B covers
    #     every code between; ，且同时满足：/具备： conditions are criteria; a line only citing a notice is no
    #     item; paragraphs after a clause that is a list line stand alone; clause runs 第三款至第六款, 上述公告
    #     第…款, verbs inside cited titles ignored (titles broken across lines joined), a part ended after a
    #     printed day, a part replaced by this notice's own (由本公告附件替代) amends;
    #     a notice's listed parties (所列实体) are no part of its list: the relation names no clause
    # 34: party lists: a wrapped table cell or 地址 line is its entry's rest; 甲及其全资子公司乙 is two entries;
    #     rows started later by number (附件第5项…自…起); a country before a name gives it; parties suspended,
    #     resumed or given measures by name or over a table; a recap's party then removed is not listed;
    #     rules binding dealings with listed parties (应当遵守以下规定：) are theirs; 不得申请通用许可 is
    #     licence procedure; a ban whose object is 名单第N项所列实体 is a party's measure
    # 35: PDF text's width counted in printed columns (CJK two); a full line ending on a closing quote and a
    #     line opening on 0.4 go on; a．X；b．Y on one line are siblings; one bracket shared by code and HS,
    #     an HS label without colon or after the full stop; forms bounded by a value after a material are
    #     spec. Relations: 中止 suspends, a period in the next sentence (中止期间：A至B), 十二个月, the maker
    #     before 对 is no target, 延长至, 其余各条 dates, goods lifted by name (所列X) name no clause, 第二款关于
    #     …的规定 stops as a part. Rules: 千分之五 thresholds, a customs remark joined to an application,
    #     stopping another notice's rule states none, stricter review of listed users is end_user alone
    # 36: a count covering the names before it leaves names joined after it (A、B等2家美国实体和加拿大C)
    #     parties with their own country; two bracketed names alone joined by 和 are two; value shares in
    #     words (百分之零点一, 千分之五); 逐案审查 is end_use; an application followed by its customs formalities
    #     stays licence procedure; 不得擅自改变最终用途 is end_use; numbered lines under a 注…： are its
    #     conditions; 可用于下列…的X purposes, also behind a leading …所列以外的、; a rule sub-clause cut by
    #     the page width goes on on the next line
    # 37: words in quotation marks are the target's new text (their dates, 其余各条 and verbs are no act or
    #     window of this notice); 增加一款，作为第七款 amends the clause created, and the quoted clause's entry
    #     nests under the clause adding it (四/七); 日本实体X names X; an exporter's duty to apply printed as a
    #     sentence of its own is licence procedure beside a stronger sentence; criteria closed by 、 before a
    #     described general noun (…而设计的物项) leave that noun phrase as the name
    # 38: a list point rewritten in quotation marks on the rewriting clause's own line (将…第（一）项修改为：
    #     “（一）…”, read once lines are joined) is an entry pathed by that clause and its label (a quoted heading
    #     ending in a colon, or a rewritten clause, is none); a removal's 其 takes names closed by a comma
    #     before their predicate (…的甲公司（Alpha Ltd），已…改正); 本公告第一条第4项所列实体…自…起 starts
    #     that row later
    # 39: relations: 暂缓 is a suspension, 停止使用/不再列入 end a target or its part, 延续至 ends a window, a
    #     duration in a period clause of its own bounds the suspension, and a bare 第X款 after the notice that
    #     owns it (or under an intro 对…第55号作如下修改：) narrows the act to that clause; runs of numbers
    #     (第55号至第58号), 暂不实施, items of an attachment (附件1第3项、第5项) and the part after a reference
    #     the verb precedes (停止执行…第39号中关于…的规定); notices an act names only through an attachment
    #     that lists them (…等3个公告（目录见附件2）…废止) are each a target; a clause added after a printed
    #     one (第一款后增加一款，作为第二款) is the new clause; one act named twice is one relation
    # 40: relations: a dated sentence telling an earlier notice's issue is history; 该公告第X款 and 上述两个公告
    #     inside the acting sentence; a target named twice keeps its part; 终止…措施 lifts; …不一致的，以本公告为准
    #     amends the part printed; a printed end turns a stop into a suspension; 《title》（No.）第二款; a note
    #     (目录见附件2) after the act; the words after a run of numbers name each one's part; effective dates: a day
    #     told as history is not this notice's, 发布之日起30日后施行; a clause rewritten in quotes is no item
    # 41: acts stated in a table (intro with a verb, `公告文号 | 内容 | 期限` rows) and in attachment tables of
    #     repealed clauses; 部分条款…（目录见附件2） narrowed to the rows; 继续暂停实施的 names a maker; 代替…，该项
    #     规定…不再执行 repeals; 分别…一年和六个月; 第一款（note）、第二款 and 第七条及附件2; a verb under 按照 after a
    #     colon; entries added to a point named by its quoted heading; 该…/无论… name qualifiers; a closing quote
    #     of a quoted block; 许可申请…办理 and 向商务部报告 are licence procedure
    # 42: table rows wrapped inside their cells are joined (by cell count and by the text's width) before
    #     relations are read, in the body and in attachments; attachments listing targets are read converted
    #     from Traditional script
    # 43: relations: what another notice already decided (…已决定…) is history and 该款 the clause it named; a
    #     passive 由…号暂停实施 names an agent, not a target or an act; measures…终止实施 lift; 停止使用，由本公告附件
    #     替代 rewrites (amends) the annex, named with its title; clauses not named take the notice's own day;
    #     entries: 专门为…而设计 and a rating bounded before its value are spec
    # 44: parties: a party line, table row or sentence broken at a text's page width (PDF/DOC) read whole
    # 45: relations: 上述第二款 is the clause printed earlier with its notice; 该公告附件1…内容 inside the acting
    #     sentence; each act takes the window its own clause (or a clause with no other act) prints, and 同时/同日
    #     the sentence's; 本公告附件所列 sends to an attachment of targets; table rows citing a notice are no new
    #     items; a note between table rows does not end the table; 用于…的出口申请…不予许可 is end_use; an earlier
    #     notice's rule told as history is none of this notice's
    # 46: relations: 自…规定的暂停期限届满之次日起 from the day after a window told in the background; a resumption
    #     that only follows the extension this notice made is no act; 以第70号公告为准 and …已通知… name no target; 《…公告》第二款 is
    #     that notice's clause; a sentence opening on a bare clause goes on with the notice acted on before;
    #     entries: 但下列物项除外： lists exclusions (spec), not items
    # 47: parties: labelled-field records, numbered place headings of any country, dashed branch lines
    # 48: an attachment whose code-first lines are rows of a table (`1C234 | 金属锆 | …`) is read as a table,
    #     not in the consolidated list's shape
    # 49: relations: 保留 a point beside suspended ones resumes it; a verb inside a noun phrase, 除上述调整外 and a
    #     renumbering act on nothing; 决定 on an earlier day, 已于/曾于 an earlier day and a suspension that ended
    #     before publication are background; 自本公告实施之日起 is the day in force; 作废 repeals. Dates: an earlier
    #     decision's day is not this notice's. Parties: dates are no Latin names; a listing told on with its later
    #     suspension; 经采取措施 ends a subject. Rules: a mixture's content share; words quoted into another
    #     notice; a rule with its own subject after an act on another notice; counted listed entities are their
    #     measure. Entries: a clause added in words and a renumbering list nothing; 专为…设计 and 所有…表面由…制成
    #     describe the thing named before them
    # 50: relations: annex parts (附件1第二部分第3项, 附件1中1C234项), 删除并替换为 amends, 所附《…》中增列, rows of an
    #     attachment table that state their own acts (按照本公告附件所列事项调整), 作为该款第（五）项; entries: an entry
    #     of a coded list quoted whole after 删除并替换为 is a leaf, not a lifted list
    # 51: relations: attachment tables of acts with start/end or date columns give each row its window; the notice
    #     whose window is extended (…号公告规定的…) and a list items went into (列入…公告公布的清单) are no targets;
    #     …规定的暂停期限届满后 from the day after the told end; 不再适用…措施 lifts; 不再单独执行 repeals
    # 52: relations: 在评估期间 dated by the next sentence (…于…前结束: the day before); 作为第7目 creates a numbered
    #     point, 作为第6目、第7目 amends the item; rules: 按照…许可程序办理 is licence procedure
    # 53: relations: 该公告 names the notice printed last; 附件序号4 is a row of an attachment; attachments listed with
    #     their titles; 第二款自…起施行 after a 本公告 clause dates that clause. Entries: points quoted together over
    #     several lines are siblings. Rules: 依照…办理许可手续 / 参照…提交…说明 / 申请人…填写 are procedure, and so is
    #     纳入出口管制管理 beside a ban
    # 54: relations: an act without a printed start runs from when the notice is in force (suspensions too, not
    #     from publication); …号公告将… told as history; 对…，按照下列规定办理： heads numbered changes; a part
    #     suspended to a day then 自…起恢复实施; verbs inside 措施所涉 / …后， phrases and 暂停实施期间… act on nothing;
    #     该公告附件1《…》 and 以本公告附件代替; 自本公告公布之日起至…; rules: 暂不实施 acts on another notice, 备案 is
    #     procedure
    # 55: relations: 第61、62号 runs; 前条所列… gives the clause before its end; 未作调整 acts on nothing; 重新施行
    #     resumes; 届满次日起; 以本公告附件1为准 and a row's 以清单…为准 amend; 由…下调为, 按本公告附件重新印发, …前增加
    #     amend; 不再保留 and 停止适用 repeal; 移出…名单 lifts; entries: a form's filling guide lists no items
    # 56: relations: a clause heading naming a notice heads its numbered changes, a bare clause acted on by the
    #     segment after it (…中的“X”，更正为“Y”); entries: correction lines list nothing; parties: a listing or
    #     removal told with its parties first (…的甲公司，…，自…起移出关注名单，列入管控名单), a listing told on an
    #     earlier day (于…将…列入) recalled by 其, parties named by their annex rows, and no clause taken for a name
    # 57: relations: a bare 〔2025〕7号 is the unreliable-entity mechanism's; …，继续实施 / …，另行公告 and 不作调整 act on
    #     nothing; an intro without a verb heads a table of acts; a 起止日期 column is the row's window
    # 58: relations: 自本公告施行之日起至… opens the window when the notice is in force; rules: 用于…的，不予许可 is end use
    # 59: parties are read from attachments after their Traditional script is converted, as entries are
    # 60: relations: an old page's field line (【发布日期】…) is no part of the paragraph after it
    # 61: relations: an act named as the subject of 不影响 / 不改变 (…第62号的暂停实施，不影响…) acts on nothing
    # 62: relations: notices named inside a title (《…》 or a bracketed 公布…的决定 after the number) are no targets;
    #     a table's summary column (主要内容) states no act; a verbless 按照附件…执行 points to rows that act; the clause
    #     an act cell prints is of the row's notice
    # 63: relations: 该公告 alone names the notice just told; 不再实施…措施 lifts; a history sentence may mention this
    #     notice's clauses; a window kept as another notice set it (仍以…为准, 仍按照…暂停实施), the rest kept suspended
    #     (…其他各款，继续暂停实施) and a suspension ended early (暂停提前结束) act on nothing
    # 64: parties: a party named before a clause giving the reason (…（Delta Ltd.），鉴于其已…，决定将其移出…)
    # 65: relations: a bracketed title before a clause of its notice is left for the reference to read through
    #     (62 had dropped that clause)
    # 66: relations: a short number with its clause (…，第58号第三款中止实施) after the full number it shares a year
    #     and series with; a clause right after a number is never a bare clause of another notice
    # 67: relations: quoted content that leaves control (…中“b.…”的内容，…不再列入管制) is a partial repeal, and a part
    #     named with quoted words keeps the words as printed
    # 68: entries: 带或不带… / 无论是否… tails and bounds such as 短于193nm are spec; a bracket after a noun keeps
    #     the name a noun phrase
    # 69: relations: a suspension printed as begun well before publication, or as done already (已依照…暂停实施),
    #     is told; under an intro naming its notice (对…作如下处理：) a bare clause takes the act of the segment after
    #     it; entries: lines stating what another notice's parts become list nothing
    # 70: relations: parts joined by 以及 after a part, points after a note naming the one before, a part governed by
    #     this notice from a day (…起，按照本公告附件…实施管理) amended; 不在本次调整范围内 acts on nothing
    # 71: relations: a clause printed once after a run of numbers (第23号、第30号第二款) is each one's
    # 72: entries: a line named after what another entry does not list (9A012.a未列明的…) takes the code in its
    #     bracket, and the reference is spec
    # 73: relations: notices named as the means of earlier acts (以…公告将…) and a story told after a dated history
    #     sentence (此后，…) are told, the window told of its maker (已由…公告暂停实施至…) dates 届满之次日; a lead
    #     dating its list (自…起，对下列…作如下处理：) dates each line; a resumption has no end of its own; a part after
    #     a semicolon acts; 截止日期调整为 ends a window; 公告如下： announces; …的暂停实施安排，本公告不作调整 acts on nothing
    # 74: relations: what another notice decided (…第70号决定，…) is told, and so is a suspension over before this
    #     notice's act could begin; a window said to end on a day (…暂停期限，于…届满) is told and dates 期满后
    # 75: relations: 暂停安排提前结束 resumes, 不再恢复执行 resumes nothing, 暂停实施的期限顺延至 suspends, a window's
    #     maker named for its end (…所定暂停期限届满后) is no target, 不作变动 keeps, parts said to go on in their own
    #     clause (…第一项、第二项继续执行) are no act, a part added after a printed one (第二项之后…作为第三项) is a
    #     sibling, and a numbered line （四） opening on another notice's deed is told
    # 76: relations: parts named in the reference's own segment are acted on by the segment after it; a notice's
    #     measures stopped (…所列实体的相关处理措施，…停止实施) are lifted; 对…所作的调整 is another's deed; an
    #     intro naming its notice by anaphora (现对该公告作如下调整：) owns the changes listed under it
    # 77: relations: a suspension 同期 takes the window stated before it; a clause printed after a short number's
    #     公告 (第601号公告第一款…) is that notice's; 仍按原文执行 keeps a part as printed
    # 78: relations: a part in words is read before 继续/再次 and its verb; 及其后续调整 follows later changes, no act
    # 79: relations: 该公告其他各款 with a verb after it acts on the notice; a verbless clause after another act's
    #     clause prints that act's window, not this one's
    # 80: relations: 自…第70号/第72号…规定的暂停期限届满之次日起 is dated from the published window (known_windows.tsv)
    #     when the notice does not tell it
    # 81: entries: a bare code shares the HS bracket; lines acting on another notice, refusals and empowering
    #     clauses list nothing; table cells cut after 的 or wrapped as （…除外） go on; 用于在…下生产下列…的X; a point
    #     quoted after prose under a deletion; ，即… glosses are spec. Parties: a country after the bracket, an
    #     address cut anywhere, numbered annex titles, 现将其移出…，列入…
    # 82: entries: a point naming a document (…说明, …证明) is procedure wherever it is added; lines under
    #     对…措施作如下调整 act on measures; a reference supplied to an unnamed entry (…后，补充“（参考…）”) adds
    #     none; 专门设计用于下列任一…的X is a purpose list; a table line opening on 及/和/、 below a row ending
    #     in a code cell is the end of its name
    # 83: entries: X，具有下列两项特性（references）： is criteria; 执行器 is no legal word; the technology
    #     catalogue's tables (技术名称 | 编号 | 调整方式 | 控制要点) are lists. Parties: a recalled listing the
    #     sentence leaves out of the notice (…不在本公告调整范围之内) lists no one
    # 84: relations: 在第70号公告确定的暂停期限届满后 dates from that window's end; 暂停实施的期间为X至Y is the act's
    #     window; 仍暂停实施 is a state, not an act; a lettered point (第(二)项b目) is part of the clause
    # 85: entries: an entry printed as a paragraph (名称。…。管制编码：…；参考税则号列：…。) reads its references
    #     from the last sentence; a condition after the comma (，在293K时能够…) ends the name. Parties: names
    #     each printed with its listing day, taken off as 上述2家美国实体
    # 86: relations: 对上述…安排作如下调整： and …不因本次更正而改变 act on nothing; a suspension that 于…终止 and
    #     暂停实施安排 are no suspension made
    # 87: relations: …该目同时停止执行 after a rewrite verb is a partial repeal; quoted words whose content 不再执行
    #     are one too; 第(一)项至第(三)项 names each item; 依照…号…的规定暂停实施 names another's act
    # 88: relations: 所列处理措施 / 所列调整内容 is the whole notice; 仍依照该公告管理 keeps a point; 更正后的…
    #     compares
    # 89: relations: parts of an annexed list put under this notice (…起列入…附件1, 按照本公告附件执行, 按照本公告
    #     所列物项确定, 不一致的，以《目录》为准) are amended; 该公告附件1 is the annex of the notice before;
    #     上述三项…停止执行 after a rewrite verb is a partial repeal
    # 90: entries: aliases (（又称…）, ，又称…) are spec and a purity bracket stays in the name; a CAS number sharing
    #     a bracket with the HS reference; （管制编码为…）; a 【保留】 table row; quoted points and clauses that print
    #     a coded item under a rewrite or an intro of changes are entries
    # 91: relations: …名称后，分别增加“…” amends each point; 所附《目录》，按照本公告…相应增列 amends the annex;
    #     …起停止的…措施，不因本公告而恢复 acts on nothing
    # 92: relations: …的暂停实施，提前至…结束，… names the suspension as the subject of its end: no suspension made
    # 93: relations: 该款第（一）项 is an item of the clause named before in the sentence
    # 94: relations: a history sentence may open on the bodies that acted (商务部、海关总署于2025年10月9日发布…)
    # 95: entries: a line over changes some of which announce quoted points (…，按下列规定办理：) lists them
    # 96: relations: an unnumbered intro with a day (自…起，对上述两份公告的实施作如下安排：) dates the clauses after it;
    #     …依照…第70号暂停实施，… is told
    # 97: entries: a locant after the code (1C914.a.2-乙基…) is the name's; （一）第一款恢复实施； and 下列公告废止：
    #     over notices name no goods. Parties: recalled parties moved between lists before 并采取下列措施：; an
    #     address cell cut at the width keeps a party table going
    # 98: relations: …经…第70号决定暂停实施 is another's act; …暂停期限…作了延续：… is told
    # 99: entries: a locant after the code only when the code runs into it (1C914.a.2-乙基…, not 1C905.a.4 -2…)
    # 100: entries: things with a bracketed bound are items, not criteria; 1.1,1-… is point 1; forms listed
    #      before the noun (…等形态的X) are spec; materials criteria closed by 、; entries replaced by this
    #      notice's annex and HS codes added after their label are acts; points added under a quoted
    #      coded heading take its code
    # 101: relations: …，其管制范围依照本公告…规定的指标确定 amends the point named (its subject printed first)
    # 102: relations: a start printed with its hour (自…12时起) is that day; a told end is each named notice's (…延续：
    #     第55号、第57号公告延续至…), and 在原/现暂停期限届满后 starts the day after it; a run of short numbers
    #     (第55号、第57号、第58号公告) names every notice of it
    # 103: relations: a table cell printing both ends (… | 2026年11月11日至2027年5月10日) is the row's window, and a
    #     row's period cell dates every act of the row; 缩短至 ends a window; 删去…中的参考海关商品编号“…” amends;
    #     …的暂停实施期限，不受本公告影响 / …所定暂停实施期限… / …的暂停，继续按照…执行 act on nothing
    # 104: relations: …此前已暂停实施至… is told, not done; a heading naming a notice with its title (一、…第57号
    #     《…》) under an intro owns the changes below it; a change's verb may run across two segments (…“…”后，补充“…”)
    # 105: relations: an annex is read down to its category and part (附件1第五类第二部分, 附件1第二类2B350.a、2B350.b条目),
    #     also after another clause (…和附件1第二部分) and through 该公告
    # 106: parties: a listing naming every party it counts expects no block after its measures (…等3家美国实体列入…，
    #     并采取以下处理措施：); party lines numbered （一） with the country after the bracket; parties named after the row
    #     that listed them (…附件1所列第4项实体甲公司（…）, …所列第1项、第3项实体，即…) move between lists, also 同日列入
    # 107: relations: an intro naming 下表 heads a table of acts; a row stating its own act is read without the intro's
    #     words, a cell's act without its column's name, 全文/全部条款 cells name the whole notice; a whole notice acted on
    #     before the points excepted from it (…，恢复实施，其中第一条第（一）项…继续暂停实施) keeps its act; 执行期间：… is a
    #     row's period; a resumption only if nothing more is decided (…期限届满未另行公告的，…恢复实施) is no act
    # 108: relations: a sentence opening on an earlier day, month or 同年… is history, as is …作出了安排 (but …现予公布 acts);
    #     entries: corrections of other notices led by their number, and 修改为：“…” of another's note, list nothing;
    #     dates: a decision told after a month in a sentence's part is no date of force; parties: clauses opening on a
    #     party (…已…，自…起将其移出…; 对…采取的处理措施，…暂停实施; 对…增加以下处理措施：…; …未配合核查，…移出…，列入…),
    #     the country after 及其分支机构
    # 109: relations: whether a table row acts is read without its period cells and its title cells; dates: clauses
    #     excepted after 其中 (本公告自…起施行，其中第三条…自公布之日起施行); entries: the lines under an intro acting on
    #     notices (对下列公告作如下处理 / …予以更正：) list nothing; parties: a party joined after the count loses its
    #     description (以及为上述企业提供…的加拿大C公司)
    # 110: relations: …调整如下 / 安排如下 / 处理如下： announce the lines below; …已于…施行之日废止 is told; a notice whose
    #     provisions are applied or followed in the reference's own segment (适用…规定的措施) is cited, not acted on
    # 111: a number printed without its issuers (公告2026年第1059号) takes the page's unit, else MOFCOM (an issue says
    #     so); relations: …不在暂停实施范围之内 / 清理范围 / 处理范围 acts on nothing
    # 112: relations: 暂停实施于…提前结束 ends a suspension (no suspension made); a notice named for the window of a row of
    #     its table (…第1033号表中第3项所列暂停期限届满后) is no target; points excepted (除…以外的其他条款) are not acted on
    # 113: relations: a sentence ending on the day a window ends (…经延续，将于…届满) is told; 恢复实施的公告或者条款所列物项
    #     names goods; a suspension 在本公告第一条规定的期限内 takes the window clause 一 gave its own suspension
    # 114: parties: （名单见附件） after a count is no name's bracket; an annex titled 出口管制管控名单新增实体名单 opens a list;
    #     将 inside a cited title does not stop a party named after it from moving between lists
    # 115: relations: points replaced and said to stop (…代替…，被代替的两项…停止执行) are repealed; a UEL notice's
    #     numbered measures (…〔2025〕3号所列第三项、第四项处理措施) are its clauses
    # 116: relations: 暂停实施前 / 恢复实施前 name a time, no act; two windows' ends told together (将分别于…和…届满) are
    #     history; a sentence on 下表所列… closed by 。 heads the table below; a list said to govern (以…第51号…清单为准)
    #     is cited; parties: …号公告所列美国实体 names no party
    # 117: relations: a second clause named after what the first lists (第三款所列X、第四款所列Y); 自本公告施行之日起 is the
    #     day the clause stating it is in force; a replacement is read within its own ；-part (…由本公告第一条代替；该公告
    #     第二款第（二）项停止执行: the second part is repealed)
    # 118: relations: a window told as 至…届满 is that notice's; 届满之日的次日起 is the day after; a notice whose point set a
    #     window (…号所列第（一）项规定的暂停期限届满之次日起) is no target; 继续按照…暂停实施 acts on nothing
    # 119: relations: a table of corrections (更正事项…如下： over 原内容 | 更正后内容) amends each position, its quoted
    #     contents no acts; runs of points (第4目至第6目); a reference code supplied (补充参考税则号列“…”) amends; 上述调整和
    #     更正自…起执行 and …已在《清单》中一并调整 act on nothing
    # 120: relations: a dated intro naming its notices (一、自…起，对…第55号、第56号…分别作如下处理：) dates its points
    #     （一）（二）…; a short number's run of clauses (第55号公告第五条、第六条) is every clause; parties: a table of
    #     adjustments (…分别作出相应调整：) acts row by row from the row's date cell, a row suspending a list's measures
    #     (暂停实施对其采取的…管控名单措施，暂停期限为1年) suspends, a row of another notice's unnamed parties is none;
    #     a sentence opening on an earlier day (2028年9月14日，商务部将…列入…) tells that act (its 其 is who is removed)
    # 121: relations: an item after the points of the item before (第（二）项第1目、第4目和第（四）项) is a target too
    # 122: relations: 在现行/原/现暂停实施期限届满后 of a notice whose window was not told by number starts the day after the
    #     latest end the history told (相关暂停实施期限延续至… names no notice), unless that end is past
    # 123: relations: an act starting when a window this notice does not date ends (…在第1031号公告规定的 / …第1016号第二条
    #     规定的 / …所列第（一）项规定的暂停期限届满后, 在原暂停期限届满后) carries a WindowAnchor (its maker, its own
    #     period); parsers/chains.py dates it from the notices read (the warehouse after each parse step)
    # 124: relations: 前述/上述暂停期限届满后 is the window in force as 原/现 are; a suspension continued (继续暂停实施) of a notice
    #     whose window in force this notice told by number begins the day after it ends, its own period counted from there
    # 125: relations: a window named before its coming end (…，现行暂停期限将于…届满。) is history; parties: a table announced by
    #     its column (按照表中载明的处理事项…办理：), a row suspending the export ban (the control list's measure), rows read
    #     once; a party's suspension ended early (…对甲公司（…）暂停实施的…措施，提前结束暂停，自…起恢复实施) reinstates it
    # 126: relations: a short number's clause that set a window (自第1121号公告第三条规定的暂停期限届满之次日起) is no target;
    #     该公告自…起 names the notice the sentence named (a window's maker too); an intro naming its notice and a start
    #     (…，按照下列规定实施：) heads its points, and a start only another notice dates (…届满之次日起) anchors them
    # 127: relations: corrections said to apply from the corrected notice's own day (自该公告/原公告/被更正公告…施行之日起适用,
    #     in their sentence or for the parts of this notice named) are anchored to it (WindowAnchor since="target_effective");
    #     a page without a number can set the window in force an anchored act follows
    # 128: relations: a heading printing the number in title marks (一、《…公告2024年第31号》) heads its changes; a window
    #     said 所定 (without 的) names its maker; entries: a rewrite of a list entry's words (1C234项中的“…”修改为“…”) and
    #     measures on parties (对…实体，采取以下措施：) list nothing, an entry added in quotes by its code is read;
    #     parties: 附表：列入关注名单的实体 heads a table of parties, 关注名单中的… before a name is no part of it
    # 129: relations: …已于…停止实施，该公告予以废止 repeals that notice now; a period dated and counted in the next sentence
    #     (继续暂停的期限自…起计算，为期一年) is the continued suspension's window
    # 130: parties: a party named by the row that listed it (该公告附件所列第4项实体甲公司已…) is whom the next sentence's 其
    #     moves; a table of acts on notices (对下表所列措施作如下调整：) names parties in a cell of its own (附件1第6项：甲公司（…）),
    #     suspended for the window of its date cell; rows naming no party (第一条) give none
    # 131: entries: corrections of another notice's points (…的参考海关商品编号“…”，调整为“…” / …“盘件”，系“盘片”之误) list nothing
    # 132: dates: a day of force or an act's start at midnight (自…日零时起); a period after publication said 满 (自公布之日起满30日施行)
    # 133: parties: a party printed on two lines (1．甲公司 / Alpha B.V.，地址：…) with its English name; the row that listed a
    #     party (…号附件所列第4项实体) is no part of its name in a listing; entries: the notice's clauses (一、) after a numbered
    #     list of parties are its own, lines acting on parties (…所列20家日本实体，…移出关注名单) list nothing; a run of
    #     names closed by its count (A（…）、B（…）以及C（…）等3家实体已…) is what a later 上述3家实体 stands for
    # 134: entries: acts on a target's clauses under a heading naming it, worded 予以撤销 / 中止执行 / 暂缓执行 / 停止适用 / 不再适用,
    #     list nothing
    # 135: relations: table cells saying 同上 / 同前 are the row above's (its notice, act or window)
    # 136: dates: a point of this notice in force on a day of its own (其中第一条第（二）项自公布之日起施行) dates the acts it states
    # 137: relations: provisions left unamended (本公告未作修正的其他规定，继续执行) and acts another notice governs
    #     (…的暂停实施和恢复实施，按照…第1121号的规定执行) act on nothing; a notice's act on a day before this one is told
    # 138: relations: windows named for their end (…所定暂停期限及其后续延续期限届满后, 暂停期限与…同时届满) are no targets; a
    #     party leaving a list lifts its point; 该公告第一条规定的措施对其… names a party's measure; 附件1所列第3项
    # 139: a table's 增列条目 column names its entries; a notice dating only one clause of its own is in force on
    #     publication; 调出管制清单 repeals an entry (调出…名单 lifts a party); …规定的相应暂停期限届满之次日起 anchors
    # 140: relations: …第1181号公告规定，… recounts; 仍按…的规定暂停实施 names a basis; 自同日起…至DATE keeps its own end;
    #     a table row saying 不作调整 takes no act from the intro or its column's name
    # 141: parties: a table of names and windows takes its act from the intro (在表中所列期限内暂停实施相关措施); a
    #     party named by the row that listed it is the antecedent of 将其移出; more countries (阿拉伯联合酋长国, 巴基斯坦…)
    #     and measures decided on a party listed before (…已于…被列入…。…决定对该企业采取以下处理措施) list it with them
    # 142: a line acting on another notice by its number lists nothing (推迟…施行 / 增加“（参考税则号列…）” / 更正为“…”);
    #     推迟至 amends; 适用日期 dates a row; 第四款（2C902.c）第3目; runs of points in force on their own days
    # 143: parties named by the notice that listed them (…第51号所列A（…）、B（…）等 / …第1201号附件第3项所列A（…）) —
    #     not this notice's row of that number; 三、自…起，将…移出 decides; ，以及加拿大实体C; 暂停对其实施; relations:
    #     期限与本公告第一条规定的期限一致; 在暂停…期间 acts on nothing; entries: 调整后的条目内容 names a table's entries
    # 144: relations: a part named as what a clause provides (第二款中有关…的规定) keeps its words whatever comes before the verb
    # 145: relations: each act of a sentence keeps the end its own ；-part prints; …，截至2036年7月31日 ends a window
    # 146: relations: 在原暂停期限（2033年8月28日）届满后 starts the day after the end printed in brackets
    # 147: relations: …规定的处理措施，<a clause>，自…起停止实施 lifts the measures
    # 148: relations: a table of acts no intro announces is read row by row; a row's period cells are read after its
    #     act, wherever their column stands
    # 149: parties: 经核查，…所列台湾地区实体A（…）、B（…），…移出 (the finding first, the row's country); （三）新加坡实体C; a
    #     notice naming no list acts on the control list's 措施 (the UEL's 处理措施)
    # 150: entries: 能够模拟下列所有…条件的X (criteria), 为模拟…的下列装置专门设计的X：a．…；b．… (purposes), （…等牌号）
    # 151: relations: an intro naming a clause (对…第39号第一款作如下修改：) announces changes to its points (（一）第（一）项…)
    # 152: relations: an entry (目) added to a point amends the point (README's convention), one entry or several
    # 153: a line acting on a notice named before (该公告 / 前项所列公告 / a bare clause under its heading) or moving a window
    #     lists nothing; 在第二款第（五）项后增加一项，作为第（六）项 is 二/(六); 本公告第一条所列调整，自…起施行 and points of
    #     two clauses dated together; sections of one table (序号 | … then 第一部分 …) are not parts of a list
    #     parties acted on by name and closed by their count (甲公司、乙公司等4家美国实体) take the count's country
    # 154: relations: acts told as done before (已将…同时废止 / 已先后以…公告废止了…) act on nothing
    # 155: relations: 随同本条第（二）项一并延长 ends with that point's window
    # 156: entries: a line moving another notice's window with another's (…一并延长) lists nothing
    # 157: relations: a row of an entity table acting on a notice takes its 实施日期 column (a data row is no header)
    # 158: relations: a window told of a list of notices across commas (A至B，C以及D的暂停实施期限，将于…届满) is each one's
    # 159: relations: a table's clause cell joins a notice cell printed …号公告; an end tied to another act of the notice
    #     (与本表序号1所列期限同时届满 / 至本公告第一条所定期限届满之日止) is that act's end; 在本公告第一条规定的暂停期限届满前 is its window
    # 160: relations: a day opening a clause with 起 (2025年11月10日起，…) is a start without 自; …的暂停期限，延长至与…同时届满
    #     moves a window (an act), not a window's end told
    # 161: relations: each act keeps the clause of its notice stating it (made_in); an end tied to another notice's window
    #     (与…第1231号第二条规定的暂停期限同时届满 / 至…第1203号第一条所定暂停期限届满之日止) is anchored (end_anchor), and a start
    #     anchored to a maker's clause (…第1231号第一条规定的暂停期限届满之次日起) takes that clause's window
    # 162: parties: 下列…实体，列入…名单： (the parties first) lists them; 对下列实体采取的…措施，按下表所列期限暂停实施： suspends the
    #     rows; 经…号暂停实施的对甲公司…采取的措施 / 对乙公司…采取的禁止其…的处理措施（…） / …第三项处理措施，对丙公司…暂停实施 name
    #     the party; a ban (禁止…向其出口) is the control list's measure; an earlier notice's listing cited (曾于…发布公告（…），将…列入)
    #     or left unchanged (不因本公告而改变) names no party
    # 163: entries: 将X（编号：…）控制要点1中的第（2）项修改为： keeps X the entry; 修改X（编号：…）的控制要点：删去…；新增： then
    #     13.… 14.… adds X's points with its number (a deletion before the last ；-part is no decontrol list)
    # 164: relations: lettered sub-items in paths (第2目b.项 / 第2目中的b.项 / 第2目中的“e．…”) and dotted points (1.2.2b.);
    #     an entry or sub-item added beside a printed one (在…第4目后增加一目 / 在…c.项后增加一项，作为d.项) amends their holder;
    #     points of two clauses dated after a ；
    # 165: dates: 本公告自…起施行。其中，第一条第（二）项自公布之日起施行 (after a full stop) and …；第5项、第6项自本公告公布之日起施行
    #     put the notice in force in part on publication; the printed day stays the day of the clauses not named
    # 166: relations: rows of a clause's list (第一条所列第1项 / 第一条表中第2项所列实体), dotted points before 目 (第1.1.1目) and
    #     a bracketed point created (作为第（5）项 → …/(5)) are parts of the path
    # 167: entries: an end use said as an activity (研发、生产…), a form field and how to fill it (技术来源：填写…) and an intro
    #     of changes to other notices' words (对下列内容予以调整：) list nothing
    # 168: parties: a labelled country (，注册地：美国); a finding between a party and 现将其移出 (经商务部核查，其…); 由A名单调入B名单
    #     (a removal and a listing, in a sentence, a subject clause or a table's action cell); 暂缓执行/中止 of measures
    #     suspends; a party named after its row (…附件所列第1项实体甲公司) or after 列入…名单后; an annex cited as where a party
    #     was listed announces no list after the sentence
    # 169: entries: a point's tariff lines struck out or added under a heading naming the notice (第3目参考海关商品编号中的
    #     “…”，予以删去 / 在第5目参考海关商品编号中增加“…”) list nothing
    # 170: relations: 依照…第1296号，…暂停实施至… (the state another notice set, told by its maker) is history; an end tied to
    #     a suspended notice's clause (至2025年第55号公告第五条、第六条暂停期限届满之日止) is that window in force, and the notice
    #     named there is no target of the act
    # 171: relations: a party a row listed, then removed or moved by anaphora (…附件所列第4项实体甲…。…将其移出关注名单 /
    #     决定将该实体由关注名单调入…) lifts that row; 由…名单调入… takes a party off the list it was on
    # 172: relations: 在本条第（一）项规定的暂停期限内 is the window point （一） of the same clause set
    # 173: relations: renumbering (原第八条、第九条依次改为第九条、第十条) and the day of a repeal named as a time (在废止日期前…)
    #     act on nothing
    # 174: relations: a page's spaced heading and its number (不 可 靠 … / 〔2026〕1285号) end their lines; 现行暂停期限至…届满
    #     tells the window in force (history), and the latest end a part tells is the one in force
    # 175: relations: 本公告第一条所列公告和条款，自暂停期限届满之次日起恢复实施 resumes each suspension that clause made
    # 176: relations: the maker of a suspension named to say which (…第1137号所列…的暂停实施 / …第1127号对甲暂停实施的措施 /
    #     …暂停实施的措施（…第1308号第一条）) is no target
    # 177: entries: …由下列任一材料制成：(what X is made of), 为生产下列任一推进剂而专门设计的X：(what X is for, any noun),
    #     不得向下列最终用户或者为下列最终用途出口…：(a rule's terms), 技术说明：and “精度”…是指… (terms defined) list no entry
    # 178: parties: an earlier notice's listing cited by its bracketed number (…发布〔2025〕3号公告，将甲公司等…列入…) names no party
    # 179: parties: a labelled place of registration gives its country (注册地：美国特拉华州 → 美国), not the whole place
    # 180: relations: a clause telling that the windows this notice set end and the measures come back by themselves
    #     (上述暂停期限届满后…自动恢复实施) and a decision summed up before 现将有关事项公告如下 act on nothing; an end tied to a row
    #     named by its number (与序号1所列…同时届满), to a bracketed point of the notice or to a clause said to state it (所述)
    #     parties: 自…起至…止，暂停实施〔2025〕6号公告对甲公司（…）采取的处理措施 (the act first, then the party) suspends it
    # 181: relations: a suspension ended early (对…暂停实施…的安排，提前于…终止) resumes from that day; a window left as it was
    #     (…的暂停期限不作调整, 继续按原定期限暂停实施) and what stands said to stand (本公告对此不作调整, 不因本次清理恢复管制,
    #     …起已不再适用) act on nothing; the notice whose window ends before an act on another (…第1342号第三条所述暂停期限
    #     届满后，…) is no target; rows of an attached table of acts start on the day the body sentence prints
    # 182: relations: a window said to run out with the measures back by themselves (…届满后…自动恢复实施) is no act whosever
    #     the window; 自本公告第二条所定暂停期限届满之次日起 starts the day after that clause's window; 暂停期限与本公告第1项相同
    #     keeps a printed start; 在该暂停期限届满后 after a notice with a published window starts the day after it; a window's
    #     maker named after the target (…的暂停期限，在…第1361号…所定期限届满后，延长…) is no target; …所定暂停期限，不作调整 and
    #     what was published 2048年以来 act on nothing; parties: 对其中甲公司（…）、乙公司（…）暂停实施…处理措施 suspends them
    # 183: relations: starts tied to a row (自序号1所列期限届满之次日起6个月, the period counted from there) or to a point
    #     whose act is the point's second sentence (自本公告第（一）项所定暂停期限届满之次日起); a suspension ended early on a
    #     printed day (…该项暂停于…提前终止 / …的暂停实施，自…起提前终止) resumes from it; 依照…第1363号第三条延长至…的…第61号
    #     第三条 names what that notice did to the target, which is acted on (no basis)
    # 184: parties: a table of moves in two columns (原列入名单 | 调整后名单) under 对下表所列…实体所在名单予以调整，自…起执行：
    #     (the intro found among the notice's lines, its day the rows'); 暂停实施…对甲（…）、乙（…）等2家美国实体采取的处理措施，
    #     期限为6个月 (a count after the names, the window after the measures); a list line's note of when the party was
    #     listed (…（…），2026年3月18日列入…名单) is no part of the name; a finding opening 经多次通知 after the name and a comma
    # 185: relations: …，在上述期限内一并暂停实施 takes the window just stated; a sentence opening on a day with 起 and a comma
    #     (2025年11月10日起，…；同日起，…停止实施) before publication is told
    # 186: relations: measures ended or back from a printed day over a month before publication are told, as suspensions
    #     begun then were (自2025年8月12日起，…相关措施停止执行, in a notice of 2028); …的暂停实施期限不变 is no act; parties:
    #     …不再列入关注名单 removes, …（…），自…起调整至关注名单 moves from the list told before the name (列入…名单的)
    # 187: relations: a state told by its makers (根据…第1322号、第1324号，… / …暂停期限均至…届满（…）) is no act; a notice
    #     named in a bracket as having changed a part before (（该目经…第1323号公告修改）) is no target; 该款中关于…的规定 is
    #     other words of the clause just named
    # 188: relations: 在上述暂停期限内，…可以…申请 (a procedure while a window runs) suspends nothing
    # 189: relations: the end told of a state at 187 narrowed to several windows' one end (…暂停期限均至…届满); an act's
    #     own window ending (…，继续暂停实施，暂停期限至…届满) is no state told
    # 190: relations: rows of a table of changes to the one notice the body sentence names (…第10号公告所列物项的增加、修改、
    #     删除…，按照本公告附件执行 over `1 | 第一款第（一）项1.1.3 | 修改 | …`) act on it, down to a dotted point, and the body
    #     sentence only points; a 原公告条款 column in a table with no column of acts tells where an entry came from; an
    #     owner's 第（一）项第3目 keeps its item; parties: names counted with 共 (…和乙（…）共2家实体), named by their row
    #     (…所列第4项甲（…）、第8项乙（…）), after applying (…提出移出申请，经…审查，决定将其移出…), and a recap naming a
    #     notice by year and number (…发布2026年第11号公告，将甲株式会社等20家…列入…) names no party
    # 191: relations: 期限与本公告第一条相同 takes that clause's start unless its own segment prints one (not a start printed
    #     for another act after a ；); …将于…届满，届满后继续暂停实施，为期一年 starts the day after that end; 不在废止之列 is no
    #     act; parties: a sentence opening on a day before the notice's tells that day's listing (决定将 or not) and lists
    #     no one, its count claiming no list; …，并将其移出…名单： announces the removal of the list after it
    # 192: review of 180–191: phrases that tell or keep things as they are no longer silence a dated act beside them
    #     (…恢复实施，该公告其他条款的暂停期限不变; 不受本公告…影响; 不在…之列 narrowed); 暂停期限均至…届满 is an act's window again
    #     (the state told after …号发布后，… instead); a window's maker is no target only when the act's object follows it in the
    #     next clause or precedes it; a start with 起 at a sentence's head is told only a month before publication; 此前/前期
    #     no longer mark history; a tie to another act's window and its period are read in the act's own ；-part; 届满后的…
    #     is no act after a told end; parties: a listing is told only when its day is before the notice's; a listing told
    #     on a day (…发布公告，将甲等7家…列入…) names no one; 对下表所列N家实体，暂停实施…：over a table; 移出…号公告所附关注名单
    # 193: parties, a review of 180–192: an act's words stop before what happens when it ends (…，期满后自动恢复实施 no longer
    #     makes a suspension a reinstatement) and its window printed in a bracket is read; a sentence opening on an earlier
    #     day is told only up to 现决定/现将 (…，现决定将乙…列入… lists 乙); a bracketed citation after 移出…名单 keeps the
    #     removal; a name with no bracket is cut before 于+date only; a condition (…的，不再列入…) acts on no one; a blank cell of
    #     a two-column move table still moves the row's party (a removal only)
    # 194: relations: 现对该公告作如下修改： names the notice printed last even when the sentence printing it acted on it
    #     (…决定对…第58号所列部分物项予以修改。), so the numbered changes below act on that notice's clauses
    # 195: relations: sentences are cut in what the notice says, so a 。 inside quoted new wording ends none (a table row's
    #     day cell stays the row's); a paragraph ending 。” is not joined to the next line; 二、前款规定的暂停实施期限，自A起至B止
    #     dates the act of the clause before
    # 196: relations: an act 自同日起 in a sentence printing no day starts on the day the act before began (its duration
    #     counted from there), not on publication
    # 197: relations: …第21号所列实体…相关措施，…停止执行，该公告同时废止 — 该公告 followed by its own ending act is a second act,
    #     on the notice printed before it in the sentence
    # 198: relations: under an intro, 增加一款，作为第五款： acts on the clause created; …第2目中的“…”修改为“…”，第3目中的“…”
    #     修改为“…” — a later segment opening on a bare point with an act of its own acts on that sibling point
    # 199: entries: a number with a unit right after a code's last point opens the name (3C005.a.20℃时… → 3C005.a,
    #     20℃时…); a list line naming goods by the notice that lists them (…第58号第一款第（二）项所列…设备) is no leaf
    # 200: entries: a line ending on a quotation closed after its full stop (…复合片。”) ends its paragraph, even in
    #     text that looks wrapped (the renumbering on the next line was read into the quoted entry's name)
    # 201: entries: a tariff reference added after quoted words of another notice's points (…中“及其混合物”之后，分别增加
    #     “（参考税则号列：…）”) and 将1C241项中的“…”修改为“…” list nothing
    # 202: entries: the catch-all of a list of documents to file (商务部要求提交的其他文件 / 其他相关材料) is procedure
    # 203: parties: 对下列3家日本实体暂停实施…：over a numbered list (a country or kind before the noun); a listing row
    #     named with the notice's number in a bracket (将3月4日公告（…第1473号）所列美国企业甲公司…移出…) is cut from the name
    # 204: relations: 对上述公告的条文顺序作相应调整 is a renumbering, no act on the notice told of last
    # 205: relations: …的相关措施，此前已暂停实施。 tells a state reached before (and names the notice 上述 points at next)
    # 206: relations: …暂不恢复实施出口管制，何时恢复实施另行公告 is a resumption put off, no act
    # 207: relations: a short title the body defines for a numbered part of a notice (（…第51号附件1，以下简称《清单》） /
    #     …第10号附件（以下简称《目录》）) names that part where it is printed after (一、对《清单》作如下修改：)
    # 208: entries: a table naming its things by their kind beside tariff lines (序号 | 设备名称 | 参考税则号列 / 序号 | 品种名称
    #     | CAS号 | 参考海关商品编号) is a list, though no label says 物项 or 管制; the licence catalogue's 商品名称 is not
    # 209: parties: a list under its own heading numbered 一、二、 (附件 反制清单); a table column 原列入名单及依据 is the list
    #     left; recalled listings name no one now — by an example of a count (甲等20家…), by a month (于2026年12月将…列入),
    #     or as an act told with its day (2027年3月16日，商务部发布…公告，对甲…暂停…); the list a cited notice put its
    #     parties on (…第11号公告和第12号公告，将…列入管控名单，将…列入关注名单); 移出…号公告附件所列关注名单; quoted new
    #     wording moves no one; 增加采取以下反制措施; 现决定对该企业 is no name
    # 210: a review of 194–209 against constructed counter-examples: a code's level is a letter or one or two digits and
    #     only a number with a unit after it opens the name (3A001.b.8 倍频器 keeps .8; 600V, 2000MPa, 5N are quantities);
    #     goods named by another notice's part are no leaf only under an act on them (恢复/暂停…), never under 对下列物项
    #     实施出口管制; 含镓的其他材料 is goods again; 自同日起 takes the last day printed as a start (自A起 / 本公告自A起
    #     施行 / A，…); 该公告废止前 names a time, and 该公告 同时废止 is the notice the sentence opens on; 前款规定的暂停
    #     期限 dates suspensions only; 此前已暂停实施 is told only when nothing before it acts; 具体恢复实施时间另行公告 /
    #     再行恢复实施 / 适时恢复实施 act on nothing; 该公告 is the notice printed last even after a history sentence; a later
    #     bare point takes the last point named before it; 按《清单》/《清单》以外 are no acts on the list; parties: 但下列
    #     两类企业除外 lists no one, a longer descriptor before 企业 is read (下列1家日本造船及海工装备企业), and a listing
    #     row cited with its notice in a bracket may print no descriptor (…第1473号）所列甲公司). (A restriction of that
    #     descriptor to country words, for …所列甲企业管理有限公司, was tried and dropped: the held-out aggregate lost a
    #     party to it.)
    # 211: relations: an order amended by a decision printed after its promulgation — the signature, its date and the
    #     decision's title (…关于修改《…》的决定) are lines of their own; a year gone told (…；2025年，工作机制先后决定…);
    #     a title printed with its number (《不可靠实体清单规定》（商务部令2020年第4号）) names that notice where it is
    #     printed again; 第十三条增加一款，作为第二款 is a paragraph of that article (十三/二); 原第十三条第三款改为第四款 is a
    #     renumbering; an attachment's caption (附件：《…》调整内容) acts on nothing
    # 212: relations: a year gone told by its acts (2025年，商务部还先后对…第22号、第13号公告所列…停止执行相关措施)
    # 213: parties: 暂停实施…对其附件所列第3项、第4项日本实体，即甲（…）、乙（…）采取的措施 names the parties after 即
    # 214: relations: 更正内容如下： / 现将有关错误更正如下： opens a table of corrections whose rows are what is corrected
    # 215: entries: purpose lists with other verbs (为组装/测量/测试/检测下列任一物项而专门设计的X) are one leaf X
    # 216: relations: 根据2027年11月8日公布的有关公告，…暂停实施至… tells a state by the day its makers were published
    # 217: relations: …已自2025年8月12日起停止执行，不适用本公告 and …在原定暂停期限内继续暂停实施，期限届满后自动恢复实施 are
    #     measures left as they run, no act
    # 218: parties: a list headed 一、列入关注名单的实体（按国家分列） after 下列N家…实体… 决定将其列入… (其 announces the block);
    #     the notice's next clause (二、出口经营者…，…) is no entry of a CN-numbered list; branches named by place (及其在澳大利亚、
    #     英国的分支机构); Latin names joined by 和 after their countries; one numbered measure ended removes no one
    # 219: parties: the list a cited notice put its parties on chooses the list of that sentence's act only (it no longer
    #     becomes the list later sentences fall back on); relations: the blanked body is computed once per notice
    # 220: relations: words in ASCII quotation marks ("…", half-width pages) are blanked as “…” are, when the marks pair
    # 221: relations: notices that published or adjusted a catalogue cited by its title (…第57号公布、…第28号调整的《…》,
    #     《…》（…号公布，…号调整）) are named to say which catalogue is meant; those verbs act on nothing
    # 222: parties: a sentence naming the table after it (下表所列5家实体…将上述5家实体移出关注名单。) announces the list
    # 223: parties: what a party is to another, printed after its name (…（Alpha Logistics LLC），系甲公司的关联企业), is no
    #     part of the name
    # 224: entries: a table of changed tariff lines (原参考海关商品编号 | 调整后参考税则号列) reads the codes after the change
    # 225: relations: 该公告附件 (unnumbered) is the attachment of the notice named before; what is said of an attachment
    #     after its title (…附件《…》有3处内容有误) is no part of the clause
    # 226: relations: entries this notice puts into a numbered annex of another (…纳入《清单》（…第51号附件1）第五类 /
    #     …纳入…第51号附件1《清单》管理) amend that annex; entries told to be there already (已…纳入) act on nothing
    # 227: relations: a series of changes with deletions among them (予以修改、增列和删去) amends; a whole notice said to
    #     give way (…不一致的，以调整后的《清单》为准) is amended beside clause-level acts on it, not announced by them
    # 228: relations: measures ended on a party named in full between the verb and 措施 (停止实施…7号公告对美国企业甲公司
    #     （…）采取的处理措施) lift them, however long the name
    # 229: relations: a number printed alone under a page's heading (公  告 / 2026年 第1610号) ends its line, so a dated
    #     recap after it is told; measures said to end with a removal (…对其采取的处理措施相应停止实施) are lifted
    # 230: relations: an adjustment said done (…对…第57号公布的《目录》部分条目进行了调整。) is this notice's act when the
    #     next sentence publishes its content (现将调整内容予以公布); a notice that adjusted a catalogue before, named to
    #     say which edition is meant (…第28号调整的《目录》, 《目录》（…第28号调整）), is no target
    # 231: relations: a later segment opening on a sibling point of a numbered notice's point (…第55号第三款第2目中的“…”调整为
    #     “…”，第3目中的“…”调整为“…”) acts on that point, as it did under an intro naming the notice
    # 232: relations: a notice whose words an added part copies (…作为第（六）项，内容与…第1236号第一条第（一）项所增加的
    #     第（六）项一致) is cited, not amended, and the notice under amendment keeps owning the points below
    # 233: relations: words struck out of a point named first (…第2项，参考税则号列“…”予以删去 / …，参考海关商品编号中删去
    #     “…”) reword it (amends); a lettered sub-item struck out whole (删去…第3目中的“c.…”) is repealed
    # 234: relations: a notice in force only from another's day of force (本公告自…第808号施行之日起施行) anchors the acts
    #     it dates by itself to that notice (WindowAnchor since="maker_effective"), dated when that notice is read
    # 235: relations: acts named as times and conditions (自…恢复实施之日起 / …处于暂停实施期间的，…随该公告暂停实施) act on
    #     nothing; words struck out of a point are read in the segment after it only (a table row's 删除 | 删去“…” strikes
    #     the entry); a dotted point printed bare (…第（一）项1.1.3，) is the point
    # 236: entries: a line announcing a table of notices acted on (下列公告的全部或者部分内容予以废止，废止日期以下表所列为准：)
    #     and an attachment of another notice ending (附件2《…》填写指引，不再适用) list nothing
    # 237: relations: a sentence pointing to an attachment's column of acts (上述公告的名称、文号和处理意见，见附件。) sends the
    #     reader to that table, whose rows state the acts, though the sentence has no verb of its own
    # 238: relations: a sentence opening on a start long past said with 自 (自2025年8月12日起，…已停止执行) is told, as one
    #     without 自 was
    # 239: relations: an attachment of a notice named by its short number (第61号公告附件2《…》指引中…, 第61号公告附件1《…》
    #     第二部分) is the part acted on
    # 240: entries: a row of a table of acts whose notice cell is left blank under a lifted row names the same notice
    #     (lifted, no new control); an attachment titled as a form or guide whose codes are only examples of what to fill
    #     in (示例：属于两用物项，1C902.a) lists nothing — a line opening on a code or printing an HS reference still does
    # 241: relations: a notice cell left blank under a row naming a notice names the same notice, as 同上 does
    # 242: relations: an attached table of changes to the one notice its title names (附件：…第58号调整内容) acts row by
    #     row when the sentence pointing to it names the notice by 该公告; rows printing the act before the clause
    #     (删除 | 第一条第（二）项第5目) are read, and an entry a row adds (增列 | …第7目) amends the item holding it
    # 243: relations: corrections said to apply from the corrected notice's day of force, that notice named by number
    #     (更正后的内容，自2026年第1663号公告施行之日起适用), are anchored to it — or dated by the day printed for it
    #     (…施行之日即2028年5月1日起适用)
    # 244: attachments and parties: a list printed in parts reads each part's table (第一部分 alone on its line, then
    #     its header; a Word file's tables in place, Document.flow); party table rows naming their list (名单类别) and
    #     their own act (处理方式: 暂停实施 / 移出 / 继续保留) keep their acts, whatever the announcing sentence says
    # 245: parties: an adverb of the act before a table (将下表所列实体分别移出…) names no party; a related company named after
    #     a party in its entry (甲公司（…）及其关联公司乙公司（…）) is no part of the party's name
    # 246: entries: technologies printed without a number under a heading naming a catalogue entry (修改…技术（编号：
    #     083201X）的控制要点：) take its number, whatever numbered lines stand between
    # 247: relations: parties removed by a table whose rows date each removal (…原公告对其采取的措施自表中所列移出日期起停止
    #     实施) lift the listing notices, each row from its own day
    # 248: relations: an act from the day a clause of this notice is in force (自本公告第一条施行之日起，…) starts the day
    #     that clause is dated (本公告第一条自2029年1月15日起施行)
    # 249: relations: a party applying to leave a list (…申请移出管控名单，已配合调查) is no act; the decision after it is
    # 250: relations: the rest of a notice besides the points named (…第61号第一条第（一）项、第（二）项以外的其他条款，恢复实施)
    #     is the notice acted on, not those points
    # 251: relations: what would follow a breach (…违反所作承诺的，商务部将依法提前恢复实施有关措施) is no act now
    # 252: relations: an attached table's blank cells repeat the row above's (表中空白栏目，与上一行相应栏目相同), and a note
    #     under it dating rows (第1项、第2项自2029年5月1日起执行；第3项自本公告公布之日起执行) dates each row's act
    # 253: a review of 220–252 with constructed counter-examples: a repeal naming changes made before (废止…及其增加、删除的
    #     条目) stays a repeal; 随之暂停实施 suspends (only 随该公告… names a condition); a granted removal (同意…申请移出…) lifts
    #     (only an application told, …申请移出…，已…, or one a party may make, 可以…申请移出, is none); 已于…纳入 is told;
    #     停止受理…采取相应措施 lifts nothing (the 64-character window back to 40, the named-party shape its own pattern);
    #     凡内容与…不一致的，以本公告为准 amends (only words copied, 内容与…一致, are cited); a notice that adjusted a list is no
    #     target only beside the one that published it; a breach condition opened by 如 / 若 / 一旦 is no act; entries: a
    #     row adding goods (新增) under a row naming a notice is a new control, and a form-titled attachment whose lines give
    #     codes in brackets lists goods; parties: a bare 名单 column that states the act is the row's act
    # 254: relations: a suspension told with 此前 and its object between (…此前对2025年第55号、第57号等公告的部分条款暂停
    #     实施。) is history
    # 255: relations: a postponement (…施行日期相应推迟至2029年7月1日；…所作更正，自2029年7月1日起适用) holds from this notice's
    #     day; the days it names are what it changes to
    # 256: relations: a correction said to apply from the corrected notice's publication (本项更正自第1716号公告公布之日起
    #     适用) is anchored to that day (WindowAnchor since="target_published")
    # 257: relations: a notice whose day of force names when an act starts (…第五款，自第1716号公告施行之日起停止执行) is no
    #     target — it had been reported as repealed — and the act is anchored to that day (since="maker_effective")
    # 258: relations: this notice named to say it decides nothing there (…已于2024年9月1日废止，…本公告不再另作规定) leaves the
    #     sentence told
    # 259: relations: the same with 本公告对其不作调整 (…已依照…第1233号公告第二条于2040年6月1日恢复实施，本公告对其不作调整)
    # 260: relations: rows of a body table dated by a note after it (表中第2项、第3项自本公告公布之日起执行；第4项自2027年12月
    #     1日12时01分起执行) start on their days; a note under a table (表中… / 注：) is never read as a wrapped cell
    # 261: a notice in force from another's day of force (本公告自…第808号施行之日起施行) names it (NoticePage.effective_with):
    #     the notice and its entries are dated from that notice's day of force once it is read (parsers/chains.py)
    # 262: relations: whether a measure resumes or stays suspended (…是否恢复实施，商务部将另行公告) is no act; rows of an
    #     attached table of acts start when the clause pointing to it is in force (本公告第一条、第二条自…起施行) and are
    #     made in it; …等2个公告中有关…的条款（见附件2），予以废止 is the rows' acts on their clauses, no whole repeal;
    #     上述公告不再列入本次清理范围 is no act
    # 263: parties: a listing whose sentence also takes the party off another list (将该实体列入出口管制管控名单，同时
    #     移出关注名单) is that removal too; a listing that would follow a condition (该企业违反承诺的，商务部将依法重新将其
    #     列入…) is none; chains: notices of one day find the day of force they take whatever their order
    # 264: relations: a numbered item of a point (第4目第（2）目) and a letter right after a dotted point (第1.2.2目a中的) are
    #     part of the clause; 不予执行 repeals; an act 自该公告施行之日起 is anchored to its target's day of force
    # 265: parties: a listing or removal holds from the day its own sentence prints before its 将 (自2027年4月1日起，将…列入…)
    # 266: parties: an annex entry's 国家（地区）： line is its country (no longer joined to the line above, which lost the
    #     entries after it); 别名：无 names no alias; 别名：A；B names two
    # 267: relations: parties leaving a MOFCOM list (将该实体列入…，同时移出关注名单 / 同时移出…第1611号公布的关注名单 /
    #     原列入…第28号所附关注名单…移出) are a lift of the annex that listed them, the whole notice only when its every party
    #     goes; 依照…号公告对其采取的处理措施停止实施 acts on that notice; 第1741号公告附件第2项 keeps its annex row
    # 268: parties: a list whose intro also takes its rows off another list (…列入出口管制管控名单，同时移出关注名单：) removes
    #     each row, and 其中第1项、第2项实体同时移出… those rows only; a row's trailing 商务部公告…附件所列第11项 is no part of its name
    # 269: relations: …2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》 is that notice's 附件1
    # 270: relations: parties leaving a list are rows of the target's attachment only where this notice says the target
    #     annexed them (…第12号附件第3项, …所附关注名单); else the act is on the notice (its list may be in its body);
    #     parties: a party table's 同上 cells are the row above's; an intro to a table of acts may close with a full stop
    # 271: entries: the licence catalogue's tables (序号 | 商品名称 | 描述 | 海关商品编号 | 单位) are lists, one entry a row,
    #     with no control column needed; numbered sections right above a table's header are headings; notes numbered
    #     under 说明： or 注：1. are no entries
    # 272: relations: …，其余规定自2027年6月1日起施行 dates the rest (规定, 内容, 事项 as well as 条, 款); a sentence further on
    #     the line of a point of this notice (（二）删去…。第一条第（四）项…修改为…) takes that point's day
    # 273: entries: an attachment titled as a goods list (…管制软件和技术清单) with no table lists its numbered lines, up to
    #     its notes (说明：/注：)
    # 274: entries: a table's 修改后的描述 column names its entries where no name column is printed; a point's new wording
    #     quoted under its notice named as a heading (一、…公告2024年第33号（《…》） then （一）…修改为：“3.…”) is an entry
    # 275: relations: 本决定第一条、第三条自…第1796号施行之日起施行 anchors those clauses' acts to that notice's day of force;
    #     a bare renumbering after a deletion (删去第3目，第4目改为第3目) acts on nothing
    # 276: relations: 暂停期限的起止时间与本公告第一条的规定相同 takes that clause's window; 商务部、海关总署2026年12月10日发布的…号
    #     公告，决定/将… tells what an earlier notice decided (no act)
    # 277: clause dates: a clause that dates itself on its own line (二、…。本条所作更正，自本公告公布之日起生效) holds from that day
    # 278: parties: a back-reference in the decision (将上述2家日本实体移出…, 对上述甲公司等2家实体恢复实施…) takes the nearest run
    #     of names printed before it (up to three lines back) with the count it states; 不再/仍/继续/存在 end a finding's
    #     names; a decision clause may open on its legal basis (一、依据…第二十六条第三款，将…移出…); 第11号、第12号公告（以下
    #     分别简称…）pairs each notice once with its list; 现决定对上述3家企业 and …第一项处理措施（…） name no party; a count
    #     right after the names' last bracket (…（…）2家日本实体) closes them
    # 279: relations: 附件1所列公告和条款，自2027年1月1日起废止；附件2所列公告，自本公告公布之日起失效 dates the rows of each
    #     attachment when the sentence pointing to it prints no day
    # 280: relations: 本公告…代替<a whole notice> repeals it (a clause replaced stays a rewrite); …公布的《目录》调整内容，不再执行:
    #     调整内容 closing a segment is a noun, the act is the end
    # 281: entries: a purpose list may name its things by any noun before the design verb (为下列任一机床专门设计的数控系统：)
    # 282: relations: a row under an intro to a table of acts takes the intro's act unless a cell other than its 备注 states
    #     one (a remark tells why, or what was done before)
    # 283: relations: a printed goods row of a target's annex leaving control (…附件《…清单》第4项…不再实施出口管制) is a partial
    #     repeal (party rows, …所列实体…停止执行相关措施, stay a lift); 自该条原定实施之日（2027年9月1日）起 is that day
    # 284: a second reader's counter-examples to 267–283, each fixed: a decision on a notice named by its issue day acts
    #     (对…日发布的…号公告，决定…); goods out of a notice's 管制清单 are no lift; 该公告附件所列甲公司 keeps the annex;
    #     …采取的处理措施不变 is no lift; 本公告…代替A和B repeals both, 本公告第三条…代替 stays an amendment; an attachment's
    #     day comes only from a sentence opening on its list, 施行之日 the day of force; 本条第（二）项自… dates no clause and
    #     quoted words date nothing; rows 第1项至第2项、第4项 are three; 其关联企业 is no back-reference; a past table of
    #     acts decides nothing; entries of the section before a table are no headings of it; lists of notices or duties
    #     list no goods, a one-line 注： does not end a list; 原描述 is no description; entries: a table cell naming a row prints
    #     its customs codes in brackets as a list line does (…（参考海关商品编号：8101960001）)
    # 285: entries: catalogue tables with the code first in the name cell (管制编码及物项名称 | 1C902.a 金属钐), a 品种 column,
    #     category lines 第一类 alone on their line, customs codes wrapped over lines still open on 、, and the codes a
    #     remark says the row includes (包括…单方制剂（…参考海关商品编号：…）)
    # 286: entries: a table under a line announcing goods released from control (下列物项不再实施出口管制：) lists no entry;
    #     its rows are lifted not-items and a lifted_list issue, as a numbered list of released items is
    # 287: parties: the rows of this notice's attachment table titled for what is done to them (附件1 暂停实施措施的实体名单)
    #     are the parties the body acts on as 附件1所列4家实体, 将附件2所列3家实体移出…, or 对上述2家实体… after naming the
    #     attachment on the line; 将《名单》第3项甲公司… names 甲公司; …仍按照…规定的期限暂停实施 is a state, no act
    # 288: relations: a ；-part printing its own start is not dated by the window another act's part prints
    #     (…至2027年6月30日，继续暂停实施；该公告第四条，自2027年1月1日起恢复实施); 暂停期限与…第55号的暂停期限相同 is another
    #     notice's window, not this notice's last; a bare clause keeps its part named in words (；第二款中涉及石墨…的内容)
    # 289: parties: a listing told as another notice's act (…第12号公告将甲株式会社等20家…列入关注名单) names no party; a row
    #     (and its notice) cited before a name is no part of it (（一）第3项 甲公司, …第12号附件第7项乙株式会社); 移出该名单 is
    #     the list named last before it; the suspension of a party's measures ended early (提前终止对甲公司（…）的暂停) or
    #     continued after it runs out (对乙公司（…）的暂停期限届满后，…继续暂停实施); 对该清单所列甲公司、乙公司2家美国实体，暂停…;
    #     the list named last for other notices is not the list of a notice acted on now; the removal half of a move whose
    #     names are in the list printed for the listing half (将其移出关注名单，列入出口管制管控名单（见附件）：)
    # 290: entries: a table of changes names each row by its new wording (原条目名称 | 调整方式 | 调整后内容: not the name it
    #     replaced), its code printed as 条目编号; relations: notices left out (…的暂停实施事宜，不适用本公告，仍按原有决定执行)
    #     or told as repealed by another's coming into force (…已随2024年第31号公告的施行而废止) are not acted on
    # 291: a second reader's review of 288–290 (a ；-part with the same act still dates it; a period 与…第N号…相同 takes the
    #     window this notice gave N; a notice told as repealed leaves the act beside it; a party's early end keeps the day
    #     printed first; the list of a notice's measures only where the sentence names their source; the list a party was
    #     moved onto is not 该名单; former-name columns only where no new one is printed, 原料名称 a name; 条目编号 beside
    #     party columns no goods table); learnt from the 256th, 257th and 259th batches: 分别…至D1、D2…和Dn gives each
    #     target its end; 该公告废止前依据… is a condition, no act; a count described at length (等5家无法核实…的美国实体)
    #     and two counted groups in one listing; 原商品名称 | 调整后商品名称 tables
    # 292: learnt from the 260th and 263rd batches: a numbered list of repeals with a reason line under each row
    #     (废止理由：…) keeps its intro; 决定废止下列公告或者其条款： lists notices, no goods; …不列入本次清理范围 is left out and
    #     not what 上述公告 names; parties: 将已列入不可靠实体清单的甲公司…列入管控名单; …措施，对甲公司（…）提前结束暂停;
    #     …措施对乙公司（…）的暂停期限于…届满，届满后继续暂停…; names before …分别提出移出申请; 反制清单 entries of Latin names
    #     after a group word (（一）美国组织A Inc.和B Inc.)
    # 293: a second reader's review of 291–292 (与 joining targets is no other notice's period; another target's ；-part
    #     dates nothing; a told repeal after an acting clause leaves it; no second end after a comma; 停止执行前述… acts;
    #     names stop at …，同时将; 等2家位于美国的实体; 第1号对其采取的措施; only a told move strikes 该名单's list; 原中文名称
    #     yields; a destination-country column; 及其分支机构 no party; 停止实施以下公告中的部分物项… still lifted); learnt from
    #     the 265th, 266th and 268th batches: measures on some parties of an annexed list suspended or resumed act on the
    #     annex; rows cited before names then a finding then 移出; the list a notice's parties leave; each ；-part of an
    #     event its own party (同一附件第16项所列…); 1C350.12 N,N-… keeps its level; …条目列于本公告之后 is no entry
    # 294: a second reader's review of 293 (与…第55号公告相同 is that notice's window as printed here; a ；-part naming
    #     该公告第三条 or the act's own clauses still dates it; the whole notice's measures are no annex rows; ends 分别 after
    #     a comma; what parties did is no country; a dated past move; passive listings and a notice that moved a party map
    #     notices to lists; a window shared across ；-parts keeps the sentence whole; lists of notices whose intro names
    #     技术; party tables with 所在地区); learnt from the 273rd batch: 下列实体已…，自…起移出关注名单： then rows cited
    #     `…第3项：甲株式会社（…）`; from the 274th: a PDF table's code cell wrapped open on 、 (1E004、 then 1E101.b) and a
    #     row whose cells but the number wrap onto a line of cells of their own
    # 295: learnt from the 271st batch: a decision dates its clauses as a notice does (本决定第一条、第四条自…起施行；第二条…)
    # 296: a second reader's review of 294 (a ；-part whose subject is 该公告第二条 acts on its own; a resumption day after a
    #     comma is no second end; parties named in Chinese only are annex rows; a description places parties unless it
    #     says what they did; 经评估… maps no notice; 已 in a finding tells no move; the day a sentence opens on carries to
    #     each ；-part, a later part referring back (均, 同日) joins them; an intro naming goods of notices lists goods)
    # 297: changes taken into this notice's attachment (…已纳入本公告附件，…不再执行) send no reader there for targets
    # 298: 原公告对其采取的措施 after parties leave a list names the notices told before (lifts on their annexes); a
    #     column sourcing an attachment's parties adds no act on their notices whole beside the body's act on the annexes
    # 299: a ；-part saying a window or the rest stays unchanged (…；该公告第一款至第四款的暂停期限不变) acts on nothing
    # 300: entries: a long line above a table releasing the rows below (下表所列物项不再实施出口管制，并从…中删除：) lists no
    #     entry, as a short announcing title does (learnt from the 275th batch)
    # 301: a second reader's review of 295–298 (原公告 names the listing notices only where this notice acts on their
    #     parties; …的，商务部可以/有权恢复… is a condition; 对其他 is no 对其; 分别 ends closed by 止 or a bracket; a ；-part
    #     printing its own day keeps it; 均 shares a window across ；-parts; 本公告第三条 names no target; a told move's
    #     clause however long; cleanup intros 废止下列公告和规范性文件：; an attachment's whole-notice act with its own window;
    #     a country named for a deed places no one)
    # 302: acts on some parties of MOFCOM notices known to print them as an attachment (2025 No. 1, 13, 21, 22, 35; 2026
    #     No. 11, 12, 20, 23, 27, 28, 30, with how many each listed) are on that annex, on as many as it listed the notice
    #     whole; 列入…名单的16家…实体 and 所列其余13家 read as every and some; a comma inside a bracket breaks no clause
    #     (停止实施…对甲公司（USA Rare Earth, Inc.）采取的措施 lifts); 自…移出…名单之日起 names a time
    # 303: learnt from the 280th, 282nd and 283rd batches: uses refused under an intro (拟用于下列用途的，…不予许可：) are no
    #     entries; purposes of synthesis (为合成下列任一物项而专门设计的X：); a listing told with 已 (…第28号已将甲列入…) is the
    #     earlier notice's; 提前结束…的暂停实施 resumes; 原定暂停实施至… is the window as it stood
    # 304: 暂停实施至…的安排维持不变 names an arrangement, no suspension; notices a table row's remark cell names (说明: …已由
    #     该公告废止) are no targets where its other cells name one
    # 305: a window opened by 在 (在…至…期间，暂停实施…); a suspension to a day whose only printed start is the resumption's
    #     after it runs from this notice's day, and 暂停期满后自…起恢复实施 after it resumes
    # 306: a second reader's review of 299–303 (原公告 as a short name defined for a notice; an extension after 原定暂停实施至…;
    #     the annex fact read from each target's own words, 下列公告 and 其他…措施 naming no party; a clause inside a bracket
    #     still breaks; 均 in a part naming its own targets; 是否… no act; a recalled listing beside 现将…; 总部设于…; long intros
    #     keeping rows controlled)
    # 307: learnt from the 285th, 287th and 288th batches: scope notes on another notice's entries (第10号公告…所列X，不包括…);
    #     numbered lines after a prose line announcing end uses; tables under 删除商品; a code labelled in a description cell; a
    #     调整依据 column; another notice's measure going on (…号公告第四条…规定的处理措施继续实施); each row-cited name without
    #     its country word; a Latin object after 对 is the party 将其 removes
    # 308: a told history's notices stay 上述 after 现决定： (the first act on them keeps a bare 上述, not 上述公告第X款); a
    #     second reader's review of 304–307 (a recap's own comma clause; 其 after 对<unnamed object>; a legal form's comma in
    #     a Latin name; country+企业 names kept; released rows under 解除/移出 intros; a scope under a measure going on; codes
    #     cited in descriptions; 在…期间 dating applications; 暂停实施至…的期限延长至…; 上述…均至…; 其余…实体 and 本公告附件所列
    #     as annex rows, parties shared by two targets)
    # 309: learnt from the 290th and 293rd batches: a name cell's wrapped tail under a complete description (…沉 then
    #     积（DCPCVD）设备), across a page break too; page numbers are no table section and the header printed again keeps the
    #     list's title; a ratio after a code's point opens the name (1C916.a．2:17型…); 将美国企业 is no party
    # 310: learnt from the 292nd batch: a short name for a whole notice (原公告, 61号公告) carries the clauses printed after
    #     it (原公告第一条、第二条; 46号公告第二款中关于…的规定)
    # 311: a second reader's review of 308–309 (a former end only after 原定 or before 的期限延长至; 决定在…期间 opens a window;
    #     the told history's 上述 ends with an act on another notice; 该公告两条…均 covers its own clauses; a party's measure
    #     lines are no goods; rows moved into the list (纳入…清单管理) are entries; labelled codes with text after them; ：
    #     after a level is a label's; name tails only before rows or notes, never description words, titles or signatures;
    #     a header printed again keeps a title only after a page number; 对上述N家… refers back; 鉴于 drops a recap only
    #     beside this notice's own act; 于<the notice's day>将… and 现予公布 are this notice's; 意大利企业嘉耐特公司)
    # 312: a bracketed name and a name in Latin alone joined by 和 are two (learnt from the 297th batch)
    # 313: a second reader's review of 310–312 (在 opens a window only at a clause's start or after 决定/现; an old end right
    #     before 现延长至/延期至 is told; 两份公告/各项措施…均; a short-named clause named for its window is no target; rows no
    #     longer put on the list are released; a bracket holding more than a code label cites it; 2：17型 is a ratio; a name's
    #     tail before a page number; 鉴于 recalls list no one unless measures are decided on the party; country and 企业
    #     words kept where the name holds them)
    # 314: an annex short-named after a short number (第61号公告附件1（以下简称《物项列表》）); a row rewritten beside another's
    #     removal is an act of its own; 本公告第一条、第二条，自…号施行之日起执行; acts from the day a list another notice
    #     published is in force (自修订后的《清单》施行之日起), the attachment's rows too
    # 315: learnt from the 298th and 300th batches (PDF tables: names wrapped under rows ending in short cells, over up
    #     to three lines and page breaks; a tail to a name cut short of its noun or left open; a part's title between
    #     tables; continuations that kept inner blank cells; 修改后的备注; a name opening on a modifier runs over its
    #     commas to its noun; 随附下列材料： is paperwork; 出口管制关注名单; a listing told for this notice's removal; 和
    #     pairs before the last piece; a Latin name alone is whole; 对其采取的措施…不再实施 lifts)
    # 316: a second reader's review of 313 (a table, goods or parties, goes on over a page's number and its header printed
    #     again, a tail between them ends the last row; 别名 | 无; an English cell wrapped; measures decided on a recalled
    #     party by its name; 鉴于…，决定将其移出; each name's own country word, 欧盟 none; 在 after a noun opens a window again
    #     unless a period things were done in; a window extended through a short name; 将 of the time to come; 现均延长至 /
    #     暂停期限延长至; …决定暂停实施的… names a maker; a labelled code with more labels in its bracket; rows already
    #     on the list stay controlled)
    # 317: learnt from the 301st and 303rd batches (an adjustment told done and published in the same sentence — 作了调整，
    #     调整内容见附件，自…起施行 — is this notice's; a list's notes after 说明：, numbered under its last item, are no items);
    #     a second reader's review of 314–316 (a list another notice published anchors only where both say 修订后的, and
    #     never the repeal of its own publisher; 将 of a deed told; 在 opens a window after a subject only right before the
    #     act; a title or 续表 after a page's number is no tail; a whole name takes no heading; unnumbered headings between
    #     rows; goods under 提供下列材料 with a control; …的转子，包括… ends at the comma; measures on another party than
    #     the one recalled)
    # 318: learnt from the 304th and 306th batches (parties told of as the attachment's, then 上述实体; a row under a
    #     heading of another notice's annex, …项下第1项; names after 即; Latin cells wrapped together onto a line of cells;
    #     a window as it now runs, 现行暂停期限至…, told; 恢复实施日期“…”有误 a correction; 自同日起 after a printed day)
    # 319: a second reader's review of 317–318 (a window as it runs told only where nothing else in the sentence acts; names
    #     before 即 kept, 即日 no name; notes only from 说明： to the next part, and only on lines that head nothing; a heading
    #     between rows only a few words naming a kind of goods under a whole name with no remark; measures on a recalled
    #     party by a shorter or English name; 同日 within its ；-part; 在…至…暂停实施 without 期间; an open alias cell wraps;
    #     each name under an annex heading loses its row)
    # 320: learnt from the 307th and 309th batches (a cleanup row's partial repeal takes the clauses its remark cell
    #     prints; 为实现下列任一功能而专门设计的X：; what a listed party is to another, …，系…的全资子公司, no part of its name)
    # 321: a second reader's review of 319–320 (a reference with brackets before 即 still gives the names after it; only
    #     names with their brackets right before the count keep the text before 即; a recalled party is matched whole, not
    #     by a part of a subsidiary's description; a remark cell's ranges and lists of points all, its exceptions read
    #     as the notice whole; a heading between rows may name any common kind of goods: 合金, 氧化物, 磁体, 粉, 光刻胶…)
    # 322: a name cut short of its noun ends with the last line of a part read alone (the pipeline reads an attachment's
    #     parts one by one)
    # 323: a second reader's review of 321–322 and the 310th batch (a remark cell's brackets are no clauses and its
    #     exceptions in brackets keep the rest; a recalled party named with 及其…, 上述, a country word or its English
    #     name's first word; the names before 即 when the words after it point at another notice's list; a bare kind
    #     word under a name ending on a material goes on with it; a name ending on a material is whole; 不在暂停之列,
    #     第七条及其附件2, 暂停期限不变 beside an extension, 仍按照…规定暂停实施, 继续暂停 for another notice's window,
    #     …公告先后暂停…, …规定的暂停安排随之终止, a suspension ended by a repeal; wrapped names before a table's section
    #     and words before a continuation's codes)
    # 324: learnt from the 313th–317th batches and a second reader's review of 323 (a recap's example of a count on
    #     which measures are decided now is listed; measures on 其全资子公司X list X on the recap's list; 将上述6家…移出
    #     gathers the runs of recaps that make up the count; 将其移出 after …对X采取处理措施; 注册地 lines are the country;
    #     该公告附件第N项所列X; 于…发布…，将… recaps; 施行日期不变; 决定对…的附件作出调整 announces the acts on its 附件N;
    #     …（…6号），已于…停止实施 told; a table's last row wrapped on a chemical's class or a wheel; a name cell opening
    #     on 具有下列…特性的; review: 其附件 only after 及/和, …先后/决定暂停实施的措施 acted on, 暂停期限按照本公告…,
    #     a resumption before a later repeal stands, …经…号延长至… told, 不属于…范围，恢复实施, a remark's bracket keeps
    #     a clause of its range, a material's compound wraps on, a short material name never wraps, 即 after a kind word)
    # 325: learnt from the 319th and 320th batches and a second reader's review of 324 (windows from each target's own
    #     end printed beside it, 分别 periods in order; …届满后不再延长，该公告恢复实施 acts; 为其确定的暂停期限 names a maker;
    #     已对…作出调整 told; clauses in force with another notice's clause take that clause's day (chains); 暂停实施的期限
    #     is the target's own; 经…号延长至 names the extender; 为拉制下列… purposes; 增加“X”条目; review: 决定…的 narrowed,
    #     an act beside a clause told as done stands, 经…号修订 is no extension told, 按照原公告 keeps a suspension,
    #     bracketed citations join 上述's antecedents, 与其/、其附件, 不再恢复, a chemical class may go on at a part's end,
    #     subsidiaries split on 和/及, 注册地 cities give their country, 该企业 after an example of a count)
    # 326: a second reader's review of 325 (各自…届满之次日起 keeps its anchor unless the ends are printed beside the
    #     targets, then per clause too; only 现行/当前 brackets are ends in force; 按照附件所列期限 is this notice's own;
    #     …暂停实施的期限届满之次日起 names a maker; 决定予以暂停的措施; a printed end and the act's own ；-part; 各自…
    #     恢复实施; a clause told as done beside an act; a chemical's remark goes on; subsidiaries split on 和/、 only;
    #     该企业 after an example named again alone; the country printed first; a notice in force with another's clause
    #     never before its own day; learnt from the 322nd batch: …对甲公司、乙公司采取的措施，并将上述2家实体移出… names
    #     the parties the same sentence printed)
    # 327: a second reader's review of 326 (…第61号暂停实施的期限届满后 is 61's own period again; any bracket beside a
    #     target before 各自…届满之次日起 is its end; 各自 after a ；; bare second numbers; a clause told as done only at the
    #     sentence's end; 按原期限 / 现行规定 keep a suspension; 的部分内容除外 a partial; a chemical's name wraps beside a
    #     whole remark; a clause's day clamped only when tied to another's clause; an earlier day's removal told; 及其
    #     子公司, brackets and countries in the names a removal's sentence printed)
    # 328: the codes closing a line of inline sub-items (…：a．…；b．…；d．…（参考税则号列：…）。) are each sub-item's
    # 329: windows said to have ended (…所定暂停期限截至…均已届满，…予以废止：) are told; a second reader's review of
    #     327–328 (a told clause before a remark; a plain bracket's end kept in its own ；-part; 按照原期限顺延… and 按照附件
    #     所列原期限 this notice's windows; a chemical's name takes a wrapped line only if it ends on a chemical's class;
    #     the first country of a removal's names for those after it; …及其子公司 unnamed; 鉴于…已于…，将其移出… decided)
    # 330: a removal in a sentence opening on an earlier day (2027年1月5日，商务部发布…公告，决定…移出…) is told
    # 331: tables of changes (序号 | 原公告 | 原条款 | 调整方式 | 调整后内容 / 调整内容 / 调整或者更正内容) read each content cell
    #     as the list line it prints (quoted new wordings, 在该项中增加一目：…, …，列为第一类第13项 unwrapped); rows of acts and
    #     clause wordings name nothing; an intro naming adds and changes besides 删除 no longer strikes a table with a
    #     调整方式 column; a notice cell no longer strikes a row of a table that prints the entry after the change
    # 332: the 332nd batch (…的暂停实施期限原定于…届满，现延长至… extends; …延长至…；期满后，该公告…恢复实施 extends and resumes;
    #     对因美纳公司（Illumina, Inc.）采取的…处理措施，…停止实施 lifts; 对已于…列入…的美国PVH集团，采取以下处理措施 lists with
    #     measures); and the review of 329–330: another notice's attachment sets a window (按照…第70号附件1所列期限执行);
    #     按照原期限顺延6个月 anchors on the window as it stood; targets one per ；-part before 自各自…届满之次日起 start each from
    #     its own end; 已经届满; names removed in one sentence keep their own countries; 鉴于商务部已于…移出…。 is told; a
    #     chemical's wrapped salt ending (盐酸盐) stays in its name
    # 333: entries: a row whose 调整情况 / 调整结果 says 不再实施出口管制 or 不再列入 is lifted; 以下列方式…提供…的，属于本公告所称
    #     出口： lists ways, no items; 附件：1.… then 2.…: attachment titles, no points; 为下列任一X专门设计或者改进的Y (或者)
    # 334: the review of 331–332 (a table of changes' cell is an entry only with a code or customs code of its own, or
    #     under an add or change naming a thing; rows of 暂停实施 / 解除管制 add nothing; 调整后实施日期 keeps a notice's row
    #     struck; a released table stays released beside 调整; two entries in one cell; …顺延6个月 anchors its own ；-part;
    #     …届满，现延长6个月 / ，经研究，现延长至…; 鉴于工作机制已于…完成…核查 is no told removal; a country only from the word a
    #     name opens on); the 334th batch (现内容 | 《清单》编号; whole quoted cells; 将“b.【保留】。”修改为“b.…”; 3C004.a．磷化铟
    #     in a name cell); the 335th (对…列入…的甲公司（…），禁止其…: measures on parties listed before; 所附关注名单中的X;
    #     移出…，重新列入…; …号将X列入…的决定, a decision named)
    # 335: relations: a part placed by 列为第（三）项 is the part created (as 作为); 上述更正内容自各原公告施行之日起适用 dates every
    #     correction above from its own target's day of force
    # 336: the review of 333–334 (seventeen regressions): a table of changes' row prints its entry unless its act adds no
    #     control (暂停, 推迟, 延长…), whatever else its action cell says (同上, 恢复实施); bare added names whatever they end on,
    #     their own letter dropped; cells of 无, 不变, 见附件, a date, a quoted clause, a code-led act (…项恢复实施) name
    #     nothing; 《目录》编号 is a code column only in a table of changes; 调整后的技术说明 keeps a row; 名称修改为“…” renames;
    #     parameters after ； stay spec; a bracket holding ； cuts no cell; a table with an act in every row is never
    #     released whole; only 以下列方式…提供/出口 and 属于本公告所称出口 list nothing; …原定于X届满，现延长1年 runs from
    #     X's next day; …届满，并延长…至… is told; 顺延 in a ；-part naming no notice anchors the part before's acts; 禁止其…的
    #     措施 names a measure; 重新列入 lists once; 中国台湾… is 台湾. The 337th–338th batches: 技术说明 between a table's
    #     sections; …号最近一次将其延长至… told; 不属于本次清理范围 in the clause after a reference; 〔2025〕3号第三项所列处理措施
    #     …停止实施 lifts
    # 337: the review of 335–336 (fifteen regressions): a 同上 act is the row above's; acts that take an entry off or
    #     suspend it (予以删除, 废止, 终止, 暂停…) print no entry; a bare added name must end on a thing; narrower 'names
    #     nothing' words (自主起降, 保持不变, 调整为 stay names); 调整后管制要求 keeps a row struck; an intro naming adds keeps a
    #     table with a blank act cell; sibling entries with their own customs codes in one cell; ways of transferring
    #     abroad (…视同出口, 属于本公告所称技术出口) list nothing; 《清单》管制编码 and 《税则》税则号列 read as their columns;
    #     a reference left out then acted on; …自本公告发布之日起计算 keeps its start; 将于…届满，并延长至… extends; only
    #     corrections before 上述更正内容… are back-dated; …禁止其…的措施自…起实施 takes a measure; 中国台湾地区 as printed.
    #     And a table row broken before its description takes the line after its codes (the 326th batch)
    # 338: parties (the 341st batch): …号将X列入…名单 tells that notice's listing; …号暂停实施的、…号对X采取的处理措施，…恢复
    #     实施 reinstates; 该公告附件第N项所列X is another notice's row, never this notice's annex row N; entries: under
    #     …上述条目表述为： entries reprinted one after another take no code from the line above; in a table of changes with
    #     a code column, cells of 名称不变 / 管制编码调整为… / …起实施 name no entry (the review of 337's worst case)
    # 339: the rest of that review: only a series of acts (分别予以…, 修改…或者删除) keeps a released table from being released
    #     whole; an act cell counts by the act it opens on; bare names ending on 镉/材/矿…; 对以下列形式出口的…实施出口管制：
    #     lists; a note line is no row's cell; …的措施，…恢复实施 reinstates; 该公告其余条款…废止 beside a clause left out; 自原期限
    #     届满之次日起计算 keeps the told end's next day; each ；-part's printed start is its own; back-dating by the whole quote
    # 340: parties: 将甲公司（…）移出关注名单，重新列入出口管制管控名单 lists the party named (not only after 将其)
    # 341: 中国台湾 is a country word of its own (a name opening on it is of 中国台湾, as printed — not 台湾 by a special
    #     case); a table's 同上 acts and its being a table of changes are read once per table, not once per row
    # 342: a second reader's review of 338–341: an act cell acts by the first act it names wherever it opens (自…起暂停实施,
    #     同时删除, 对该条目暂停实施); an extension's own printed start (自2046年12月1日起计算, 自即日起计算, 延长期限自…起计算 in
    #     the next ；-part) beats the told end's next day; a reprinted group announcing its lines (…：) passes its code down;
    #     …视同出口，依法实施出口管制： lists ways of export, not items; a row saying 新增 is added and a blank act cell under a
    #     releasing title is released; an order cited as basis (依照商务部令…号将…列入) does not make a listing another's
    # 343: party tables: an address cell before the country column wraps onto a line of its own; （a.k.a. …） in an English
    #     cell is an alias; a row of 别名 cells under a row names one alias per cell; 二、将附件2所列2家实体列入关注名单。 lists
    #     its annex's parties. Entries: 为研制、生产或使用下列任一物项而专门设计… (several verbs) is a purpose list; …不包括下列
    #     物项： excludes its lines; 对甲公司（…）继续暂停实施…措施 suspends; 甲公司（…）未按承诺完成整改，提前结束对其的暂停，…恢复实施
    #     reinstates; 将…第4号列入的X移出… removes X
    # 344: relations (the 343rd batch): a background sentence telling two windows (…届满，…第61号…届满) dates each notice's
    #     own; …，在原暂停期限届满后顺延6个月 runs from the day after the end told to the end moved on; 按照本公告第一条规定的期限 /
    #     与本公告第一条同步延长 take that clause's window; …已将…顺延至…，现将… acts only after 现将; 自届满之次日起 said again bare
    #     is the same day; 自该公告第七条恢复实施之日起 dates by that resumption; 延长至…的暂停期限届满之日 ends with that window.
    #     Entries (the 352nd batch): a catalogue table's row ending on 控制要点： gives the points under it its number; a section
    #     line right above header-less rows is a heading; 调整事项 is an act column
    # 345: a second reader's review of 342–343: a start naming the old end in any words (自原暂停期限结束之日起, 自该日的次日起,
    #     in the next ；-part) runs from the told end's next day, and another notice's start in the next part is not this one's;
    #     act cells ending a suspension (恢复实施, 结束暂停) print their entry; 提供下列技术的，视同出口，依法实施出口管制： and 对以下列
    #     形式出口的…，依法实施出口管制： list items (only 以下列方式…视同出口 lists ways); a reprinted entry passes no code to the next;
    #     不含下列任一杂质… is a criterion; a blank act cell under a long releasing intro is released; only an order cited before
    #     将…列入 is a basis; （含分支机构） under a row is a note; — in an alias cell names none; formerly known as X names X
    # 346: …的内容，暂停期限届满后不再延长 / …，暂停期满后不再延期 name the window of the target the clause opened on (its told end);
    #     自…第57号第四条、第五条恢复实施之日起废止 names a day by another notice's clauses, which are no targets
    # 347: parties (the 355th batch): …第2项所列甲公司、第5项所列乙公司 name no row words; 其 after …第4项、第6项所列实体已… is
    #     those unnamed rows (no names from the paragraph before); （二）Harborline Survey Services Inc.（又称…） is a list entry; a
    #     name printed in Latin letters is its English name whatever brackets follow
    # 348: …等5家美国实体列入不可靠实体清单，并按照下列各条分别采取处理措施： lists the parties each numbered clause after it opens on
    # 349: a second reader's review of 344–347: 暂停实施至…，届满后恢复实施 suspends (only an ended suspension prints its entry);
    #     exclusions worded …不包括下列材料：/以下任一物项：/专门设计用于民用的下列物项： list nothing, 不含下列任一杂质… still a
    #     criterion; 以下列方式…提供…的，依照…实施出口管制： lists ways (对以下列形式出口的… lists items); a bare 暂停期满后 takes only
    #     its own target's told end; 现将该公告… keeps the notice 该公告 names; 已延长…，现将… acts after 现将; 自本公告发布之次日起
    #     is no old end; 依据…号将…列入… lists now (…列入…时/后… tells); rows with a country (第5项所列日本实体乙…) and unnamed
    #     rows (所列美国实体) as antecedents; 本决定第一条第（一）项…自…起施行，其余各项… date those points
    # 350: parties (the 359th batch): a party named again in its clause for the act the counting sentence made is one entry;
    #     一、甲公司（…）（美国），列入…名单。 lists the party named first on its clause's list (…分别列入…或者…: no list for all);
    #     measures taken on a party (对甲公司（…）采取的措施) are the control list's, not the watch list's
    # 351: relations (the 357th batch): …先后发布第2437号、第2438号公告，对清单所列物项作了增列… and …所作的增列…均已纳入本公告附件
    #     are told; 对上述清单进行了汇总修订 acts on the list named before, not on the notices named beside it
    # 352: a second reader's review of 348–350: a party read twice for one act keeps what each reading printed (measures,
    #     branches) and two windows stay two; clause names drop a leading 对; 分别列入X或者Y lists no one on X; …号将甲公司列入…
    #     所采取的措施 tells; act cells 暂停期限提前终止，恢复实施 print their entry and 暂停期限调整为… do not; 以下列形式出口的…
    #     lists goods (only ways for goods listed elsewhere, …所列…的, are ways); 现将该公告 takes the told part's notice only
    #     right after 现将, 上述公告 all of them; 自公告原定暂停期限届满之次日起 is the old end; rows with 企业 in a name keep it;
    #     measures taken under another notice's clause (…号公告第二条对甲公司采取的措施) are the control list's, those of a
    #     notice named whole (…号对甲公司采取的措施) keep the list that notice put the party on
    # 353: 自…第2166号第一条施行之日起废止 anchors the act to the day that clause of the other notice is in force
    # 354: measures under another notice's clause on a party the text says was put on the watch list stay the watch list's
    # 355: points numbered in Arabic have days of their own (第二条第1项…，第3项自…起施行), a run after a comma keeps the
    #     clause before it, and 自本公告第一条至第三条施行之日起 is the day of that run of clauses
    # 356: a review of 351–354: changes said carried over (…所作的调整均已纳入本公告附件) no longer hide a repeal after them;
    #     上述公告 skips a notice named for a time (…号附件《…》公布后，); 现决定，该公告 after a told part; unnamed rows
    #     (所列实体已…) are no antecedent; a watch listing is the party's own; two lists under headings; 日本企业 before a name;
    #     ways of export of 所述/规定的/上述 technologies; act cells 暂停期限结束后继续暂停 and moved windows with other acts
    # 357: a day another notice decided (…第70号决定自…起) is no day of force; 附件第二部分…，自本公告公布之日起施行 and
    #     。第一条第（二）项…自公布之日起施行 make the notice in force on publication, the rest on its printed day; a clause
    #     excepted after the act (…，该公告第三条除外) is not its target
    # 358: 本公告第二条规定的暂停期限届满之次日起 / 自前款所述期限届满之次日起 date an act the day after the window that
    #     clause of this notice set (in the part of the sentence that names it)
    # 359: lists in the consolidated list's layout: criteria announced after the name (…合金，具有下列两个特性：), notes
    #     listing exclusions (注：…不管制下列物项：), sub-items printed with their full code, 【保留】 places, whole names for
    #     lists of things and thresholds; an attachment in that layout is read by that reader in memory as in the pipeline
    # 360: an amendment whose table prints a 施行日期 column (自表中载明的日期起施行) is one act per printed day; a review of
    #     355–359: a note's listed exclusions end where the entry's own sub-items go on; the day after another clause's
    #     window is the act's own target's; 该公告第三条所列物项除外 is an exception; 根据通用技术注释 heads keep their names
    # 361: catalogue tables (the 366th batch): 物项名称及描述 is a name column; criteria lines printed under a row whose
    #     name cell announces them are its spec; criteria after the colon in such a cell are spec; …功率在10千瓦以上 after a
    #     comma is a rating; a table titled 自《…》中删除的物项 lists rows taken out; a corrected customs code (“A”更正为“B”)
    #     and a code printed as a field after a colon (：管制编码3B901.a，) are the entry's; two rewritten entries of the list
    #     (heads announcing 如下：) are read as the list, a lettered item's name ending at a describing comma
    # 362: a review of 360–361: locants (N,N-) are no commas; criteria nested under a note's item stay the note's and the
    #     owner's next sibling is the entry's; …，以及… names two things; prose after a list ends it; a days column's
    #     publication rows keep an act then, only the clause the days sentence names is split; the day after a clause's
    #     window holds whoever's it is; only a cell announcing criteria takes the lines under it, in sequence; 由“A”更正为“B”
    # 363: an entry of the technology catalogue moved between its parts (将X（编号：…X）由限制出口部分调入禁止出口部分，编号相应
    #     调整为…J) is X with both numbers
    # 364: a second read of the stop's change: 【保留】 and （保留） one pattern for tables and lists; a sentence further on
    #     the line of an Arabic point takes that point's day, as one of a bracketed point does
    # 365: 期满后 after a window this notice just set ends that window, not one the preamble told; bare clauses after
    #     该公告第X款 are of that notice; a measure printed as a clause (第二款规定的处理措施) that stops is lifted
    # 366: 的决定 names another notice's decision (its told day is not this notice's); a ；-part saying another clause
    #     stays (该公告第三条的暂停实施安排不变) leaves the act before it; a second reader's review of 362–364: criteria nested
    #     under a row's announcing criterion, a note's list going on past the owner's next marker, 由…移至… in a name,
    #     a bare 保留
    # 367: the consolidated list named by a short title (…第51号公布的《…清单》（以下简称《清单》）, or the title alone) is that
    #     notice's 附件1; entries deleted and entries rewritten (修改《清单》中的下列条目) two acts; a day of the list names a
    #     time; 第1.1.3目 a point; 2C902.b项的描述修改为：“X…” is X, 1C117.b项钼粉的参考海关商品编号修改为：A、B is 钼粉 with A, B
    # 368: list heads announcing criteria with 下述; a bracket of examples in a list's name is spec; rows whose act cell adds
    #     or changes name their source notice; 将《清单》CODE项的描述修改为 read as code-first; 在《清单》CODE项下增列一目 announces;
    #     entries of one annex added or rewritten beside a deletion are an act of their own; 自…起与《清单》同步施行;
    #     自<earlier day>起不再适用后， told
    # 369: 在总结…的基础上 names no target; 附件1第1部分 a part; 为下列任一<a long noun>专门设计的X: X with purposes
    # 370: 在…第X条施行前 names a bound, not a target; …第55号，自暂停实施期限届满之次日起 the target's told window; some
    #     parties of a listing notice counted (上述2家) or named before 该实体 are rows of its annex
    # 371: a second reader's review of 365–369: the part said to stay starts at its comma; an earlier day's act as the time
    #     (…后，) leaves this notice's act after it; a bare 其他条款…不变; 现公布《…清单》 is no 2024 No. 51; a description's
    #     quotes end it; 项下的 joins no name; 由限制出口调入禁止出口 is a move
    # 372: windows told as they stand (…的暂停期限至…，届时将恢复实施; 已延长至), 按照原定安排…本公告不作调整, a title cited as
    #     basis, 先后经…修订 told; a short number's told window; 第1类 sections in a catalogue table; customs codes added
    #     or corrected after a name in a clause; 管制编码X项下的Y; 将《目录》…第N项X删除 takes a row off
    # 373: 以…第51号公告公布《清单》 (without 的) names its 附件1; 已纳入《清单》 is no target; a second reader's review of
    #     370–372: rows and 批准 sentences giving windows act; an act beside one 按照原定安排 or 本公告不作调整 stays; 先后以
    #     after 废止; a target named before its own window's end stays the target; narrower 删除, 项下的 and quote rules
    # 374: a word for a kind of party (个人, 组织) alone names no party
    # 375: a second reader's review of 373: 批准 counts only opening the sentence; a window's maker named for its end is no
    #     target; 对此本公告不作调整; 已列入《清单》的… acts on the list; deleted rows with 的 in their names; 管制编码…项下的
    #     with any customs label; a second quoted value after a new name
    # 376: a second read of the stop's change: the consolidated list's annex by one rule (the one-entry table it covered
    #     goes), window rows by the existing numbered-line pattern, one pattern for entries rewritten; no output changed
    # 377: rows under a told intro (此前，下列公告已暂停实施： then （一）…第55号，暂停期限至…；) are told with it, and 上述公告 after
    #     them names all their notices, not the notice named as the means (此前，商务部以第70号公告将下列公告暂停实施：)
    # 378: a second reader's review of 375–376: a window told as a notice's own makes …第58号的暂停期限届满后 its own; 经…批准
    #     inside an opening decides; goods gone to the list leave it no target, a field of its entries struck amends it;
    #     1、2025年… is a row; 管制编码X项下的物项… prose, words struck from a catalogue row and inch marks in a description
    # 379: rows of a told list named by number (前述第1项、第2项所列公告; 上述第（一）项所列公告中的第三项…处理措施, lifts);
    #     暂停期限不作调整 tells; …，届时恢复实施 after a window set resumes at its end; 仍暂停实施，自…起至…止 suspends; a notice
    #     named for what it set on the next (…第2571号第二条规定的…第62号) is no target
    # 380: a preamble told by several makers printed in full; 作出如下调整： announces; 继续暂停实施，暂停期限不变 stays; clauses in
    #     the segment after a reference named alone; told windows by duration and by a short number date what follows; an
    #     end printed without a start, or inside a told window, runs from the day of force
    # 381: 下列…（up to 24 characters）…，不属于…管制范围： heads exclusions; 商务部于<day>决定将…列入… is that day's listing, told
    # 382: a second reader's review of 377–379: told list intros need a told verb and no act; verbs governing 已纳入《清单》
    #     act on it; 届时恢复实施 the day after a printed end, in its own ；-part; row ranges; states told with 此前/目前…已/仍;
    #     …项下的其他X（海关…编号）; 中的 in a deleted row's name; an ASCII quote after a digit before a second value
    # 383: …的暂缓执行期限，提前至…届满，… names the window as the topic of its early end (the clauses resume)
    # 384: a second reader's review of 380–382: a state told after 此前/目前 acts when an act follows it in the sentence;
    #     told list intros may say 安排/恢复; a duration continuing a told window starts after it; only 暂停安排/暂停期限
    #     作出如下调整 announces; …除外 leaves a clause out; a decision of days before published now lists; 项下的相关物项（…）+prose
    # 385: the list reader reads the missile list's numbering (1.A.1, 2.A.1.a), numbered lines under any note ending
    #     with a colon as the note's, names opening on 根据…技术说明 whole and …，以及… joined; entries rewritten by code
    #     after 将…公告公布的《清单》中的 are an act beside the entries deleted
    # 386: a sibling printed after a bracketed title (…第55号（…）和第58号（…）) is known by number; 第55号第一条、第二条 carries its
    #     further clauses; 三、第58号继续… names a notice by number alone; a told state may run 120 characters to its 已
    # 387: a second reader's review of 383–385: notes announce lines only with 下列/如下…： or as a bare heading, a bare note's
    #     prose or a bare 技术注释's definitions end its list; 调整/如下 intros act; 暂停实施安排作出如下调整 announces; told
    #     plans and states beside a told state; no 15-day recap window; …项下的其他X（…编号…） keeps its code; missile kinds
    # 388: a 同上 cell of a goods table's code, customs-code or description column repeats the row above (as act cells did)
    # 389: a second reader's review of 386–388: a note's lines are its own when its words (any line of it) end with a colon;
    #     a bare note's letters after an announcing numbered line are its own; only 调整如下-style intros act; no act on a
    #     notice named for what it did (第70号暂停实施的第55号); no 第N号令 sibling; 同上 under an empty cell repeats nothing;
    #     an order's article headings (第三条 删去…) name no clause of another notice
    # 390: a second reader's review of 389: an article heading is the order's own only opening its sentence; a bare note's
    #     letter after its numbered lines is the entry's unless announced; the entry's next letter after a note's nested
    #     ones ending on 。 is its own; intros that extend or adjust (…延长如下 / 调整为) act; a 同上 under an empty cell
    #     repeats the value above it
    # 391: a listed person's post printed in a table cell (…公司首席执行官 / …集团总裁) names no party
    # 392: an entry rewritten in full, code first, on the lines below 将《清单》X项修改为： is read as the entry; a code-first
    #     line's lettered sub-items take its code and their letter (1C240.a); a note lettering its exclusions anew (注：…不管制
    #     下列物项： then a．…) lists no items
    # 393: a second reader's review of 389–392: a told intro saying a window was extended before (已延长为 / 以…公告将…调整为)
    #     tells its rows; a note's run ends on 。 and takes no coded line, the entry's next sub-item follows; the list's
    #     own notes under 说明： are accounted for; an entry rewritten as 【保留】/已删除 is none; codes sharing one 项; head +
    #     letter only under a bare code-first head, its sub-points too; an annex's title before the verb (…附件《…》作如下
    #     调整) is no part of the clause; a party's old row label (原附件第3项：) and a branch address line (分支机构：…)
    # 394: from the 406th batch: measures of the notice named before (暂停实施该公告对甲公司、乙公司采取的处理措施) suspended for
    #     the parties named
    # 395: some parties leaving a list a notice annexed are rows of its annex: 将其移出…第12号公告所附关注名单： over rows, and
    #     …第35号所列台湾地区实体甲公司（…）移出… (one party named after the word, not the notice's every party)
    # 396: a second reader's review of 393: a told intro is told clause by clause (以…公告将下列公告暂停实施，现调整如下： acts;
    #     已经/已于…延长为 tell); a part of an annex named with its title stays a part; a note keeps the lines it numbers
    #     while the entry has their numbers (each closing on 。, printing HS), ends where its numbering restarts, and keeps
    #     a line the page broke; every line a note took is accounted for
    #     — and from the 408th and 409th batches: an attachment part read with its heading (第二部分 境外制造的相关物项 then
    #     uncoded lines: lost in the warehouse before); documents an application includes (并包括下列文件：, 情况介绍),
    #     conditions (应当符合下列条件：), cases (下列…申请，…：), an act on 第62号公告第…项 and a scope set elsewhere (…的具体
    #     范围，以…为准) name no item
    # 397: a note's run goes on in Chinese numerals too (注：1C230项不管制下列物项： then （一）（二）（三）: 396 took only （一）)
    # 398: a second reader's review of 394–396: a part titled as notes or exclusions lists nothing; goods whose scope is set
    #     elsewhere or whose applications are refused stay entries; a note takes neither the entry's next coded sub-item
    #     nor a coded unnumbered line; 已 as an adjective in an acting clause does not tell (现就 acts); 所列实体及其下属
    #     公司 is every party; a part of an annex named with its title stops before its verb
    # 399: a second reader's review of 397–398: 已/曾 governing the verb with words between tells (已由…延长为, 已于近日…,
    #     曾两次…), 分别/先后调整为 act; a note's numbered lines stay its own even when they print HS (an issue says so);
    #     a part title's bracketed qualifier does not make it a notes part; an annex title clause not cut in 调整表/作了
    # 400: a note's run in Chinese numerals counts past ten (（十一） after （十）), with the numeral reader the package has
    # 401: a listing whose sentence goes on 并采取以下措施：禁止… announces measures, not names to come (2682's moved party)
    # 402: 恢复实施期间 is a time, no act; 本公告不涉及… does not make a told act this notice's; 停止对A、B等…采取的处理措施，并将上述实体移出… names A, B
    # 403: a numbered line going on a run of entries just read (14. after 13.), accounted for by nothing else, is the run's next entry
    # 404: a second read of 401-402: a notice named for a period (…恢复实施期间，) is no target; 期间自… stays an act; a told act left alone keeps acts beside it; measures on the line hide no annex parties; 上述N家 counts back; X（编号）的控制要点N修改为 without 将
    # 405: an attachment opening on numbered lines is read under the title its link or the 附件： line gives; a part titled in brackets keeps its items
    # 406: a note that prints its first numbered line on the label (注：1.…) keeps its run: 2. after it is the note's
    # 407: a second read of 403-405 (lifted-list titles, annex numbers, closed runs, ended periods, told histories, part notes, quoted rewrites, counted parties); a clause in force N days after publication
    # 408: 调整表对条目的施行日期另有规定的，从其规定 dates the notice's one amendment of the list by the table's days
    # 409: a clause rewritten in quotes whose points print HS references lists those points as entries
    # 410: an attachment titled as goods released from control or exempt from licensing lists no entry (a lifted_list issue)
    # 411: a second read of 406-409: a quoted clause read for goods only when one closed control clause; a note begun on its label leaves code-first lines to the list; table rows with no day keep the notice's; the table dates only an amendment of a list
    # 412: a second read of 410-411: released titles only where goods leave control; quoted control clauses keep goods printing 除外 and notes; coded note lines stay the note's; table days for an unclaused list amendment
    # 413: a note whose first line prints a code (注：1.6C001.a项…) keeps its run; a line naming an entry by its code (…项包括) is the note's
    # 414: the link's annex number read by consolidated.annex_label (附件一, or the file name), as the part reader reads it
)
