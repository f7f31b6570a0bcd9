<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AccessTexts</name>
    <message>
        <location filename="../../ui/access/texts.py" line="23"/>
        <source>International Sign</source>
        <translation>国际手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="24"/>
        <source>Turkish Sign Language</source>
        <translation>土耳其手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="25"/>
        <source>Russian Sign Language</source>
        <translation>俄罗斯手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="26"/>
        <source>American Sign Language</source>
        <translation>美国手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="27"/>
        <source>British Sign Language</source>
        <translation>英国手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="28"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="29"/>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="30"/>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="31"/>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="32"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="33"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="34"/>
        <source>Azerbaijani</source>
        <translation>阿塞拜疆语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="40"/>
        <source>Captions in %1</source>
        <translation>%1字幕</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="47"/>
        <source>CC %1</source>
        <extracomment>a captions tag in a narrow cell; %1 is a language code such as EN</extracomment>
        <translation>字幕 %1</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="50"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>国际手语</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="53"/>
        <source>advised</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="60"/>
        <source>✓ Covered</source>
        <translation>✓ 已覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="61"/>
        <source>◐ Partly covered</source>
        <translation>◐ 部分覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="62"/>
        <source>✗ Not covered</source>
        <translation>✗ 未覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="68"/>
        <source>%1/%2</source>
        <extracomment>units filled / units wanted, in a narrow table cell (1/2)</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="74"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="76"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="77"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="80"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="87"/>
        <source>Does not work in this language.</source>
        <translation>不具备该语言能力。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="89"/>
        <source>Not WFD-WASLI accredited, which a high-level session needs for International Sign.</source>
        <translation>未获 WFD-WASLI 认证，而高级别场次的国际手语需要此认证。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="91"/>
        <source>Declared no availability.</source>
        <translation>未申报任何可工作时间。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="92"/>
        <source>Not available then (arrival included).</source>
        <translation>该时段（含提前到岗时间）不在其可工作时间内。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="93"/>
        <source>Absent then.</source>
        <translation>该时段缺勤。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="94"/>
        <source>Already working at an overlapping session.</source>
        <translation>已在时间重叠的另一场次工作。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="95"/>
        <source>No time to travel from or to another room.</source>
        <translation>往返其他会议室的转场时间不足。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="96"/>
        <source>Would pass the day&apos;s cap.</source>
        <translation>将超出每日上限。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="97"/>
        <source>Would work too long without a rest.</source>
        <translation>将连续工作过久，没有休息。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="98"/>
        <source>Deaf interpreter: needs a hearing feed interpreter.</source>
        <translation>聋人口译员：需要一名健听输入口译员。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="99"/>
        <source>The slot is locked.</source>
        <translation>该岗位已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="103"/>
        <source>Fits. Works %1 that day so far.</source>
        <translation>符合条件。当天已安排工作%1。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="107"/>
        <source>Fits with a hearing feed interpreter. Works %1 that day so far.</source>
        <translation>配一名健听输入口译员即符合条件。当天已安排工作%1。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="114"/>
        <source>%1 is assigned to %2 at “%3”.</source>
        <translation>已将%1指派到“%3”（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="119"/>
        <source>%1 is assigned to %2 at “%3”, although they do not fit:</source>
        <translation>已将%1指派到“%3”（%2），但此人不符合条件：</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="124"/>
        <source>%1 at “%2” is open again.</source>
        <translation>“%2”（%1）已重新空缺。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="127"/>
        <source>%1 at “%2” is locked: every later solve keeps it.</source>
        <translation>“%2”（%1）已锁定：之后每次自动排班都会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="130"/>
        <source>%1 at “%2” is unlocked: a solve may change it.</source>
        <translation>“%2”（%1）已解锁：自动排班可能会更改它。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="136"/>
        <source>This device may not change assignments: only coordinator and admin devices may.</source>
        <translation>本设备无权更改指派：只有协调员和管理员设备可以更改。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="138"/>
        <source>The slot is locked. Unlock it (L) before changing it.</source>
        <translation>该岗位已锁定。请先解锁（L）再更改。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="139"/>
        <source>This slot is no longer needed: the session changed.</source>
        <translation>已不再需要该岗位：场次已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="140"/>
        <source>This provider is no longer in the event.</source>
        <translation>该服务人员已不在本次活动中。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="142"/>
        <source>Interpreters take sign-language slots and captioners take caption slots.</source>
        <translation>口译员只能担任手语岗位，字幕员只能担任字幕岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="144"/>
        <source>A provider cannot feed themselves.</source>
        <translation>服务人员不能为自己提供输入。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="146"/>
        <source>Some of these slots changed since the solve started. Solve again.</source>
        <translation>自动排班开始后，其中部分岗位已有更改。请重新自动排班。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="148"/>
        <source>The change was not made (%1).</source>
        <translation>未作更改（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="152"/>
        <source>%1, slot %2</source>
        <translation>%1，岗位%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="157"/>
        <source>The proposal changes %n slot(s).</source>
        <translation>
            <numerusform>建议方案将更改%n个岗位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="161"/>
        <source>Required units filled: %1 of %2. Advised units filled: %3 of %4.</source>
        <translation>必需名额已填补：%1/%2。建议名额已填补：%3/%4。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="170"/>
        <source>Largest load of one provider: %1 on one day, %2 over the whole event.</source>
        <translation>单人最大工作量：单日%1，整个活动期间%2。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="177"/>
        <source>Stopped: this is the best plan found before the stop.</source>
        <translation>已停止：这是停止前找到的最佳方案。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="179"/>
        <source>A quick plan (the optimiser did not run to the end).</source>
        <translation>快速方案（优化程序未运行完毕）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="181"/>
        <source>The best plan: no plan covers more.</source>
        <translation>最佳方案：没有其他方案能覆盖更多名额。</translation>
    </message>
    <message>
        <location filename="../../ui/access/texts.py" line="182"/>
        <source>A good plan found within the time limit.</source>
        <translation>在时限内找到的较优方案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/texts.py" line="185"/>
        <source>Accepted: %n slot(s) changed.</source>
        <translation>
            <numerusform>已接受：%n个岗位已更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessWorkspace</name>
    <message>
        <location filename="../../ui/access/workspace.py" line="114"/>
        <source>Access services</source>
        <translation>无障碍服务</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="121"/>
        <source>&amp;Solve</source>
        <translation>自动排班(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="127"/>
        <source>%v of %m required</source>
        <translation>必需名额：%v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="128"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="180"/>
        <source>Drag a provider onto a slot to assign them.</source>
        <translation>将服务人员拖到岗位上即可指派。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="209"/>
        <source>Blue: sign language; violet: captions; paler: feeding a Deaf interpreter; ⚑ and a thick outline: locked; stripes: travel (red when too short); a red underline: too long without a rest. Hours 07:00 to 21:00.</source>
        <translation>蓝色：手语；紫色：字幕；浅色：为聋人口译员提供输入；⚑ 加粗边框：已锁定；条纹：转场（时间过短时为红色）；红色下划线：连续工作过久未休息。时间轴范围：07:00–21:00。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="228"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="229"/>
        <source>Providers</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="230"/>
        <source>Unmet demand</source>
        <translation>未满足需求</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="231"/>
        <source>Proposal</source>
        <translation>建议方案</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="236"/>
        <source>Enter: assign · Delete: clear · L: lock or unlock · drag a provider onto a slot · Ctrl+PgUp / Ctrl+PgDown: day · Alt+S: solve · Esc: stop a solve</source>
        <translation>Enter：指派 · Delete：清空 · L：锁定或解锁 · 将服务人员拖到岗位上 · Ctrl+PgUp / Ctrl+PgDown：切换日期 · Alt+S：自动排班 · Esc：停止自动排班</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="265"/>
        <source>Choose a session, then a slot: Enter assigns, L locks.</source>
        <translation>先选择场次，再选择岗位：按 Enter 指派，按 L 锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="305"/>
        <source>Read only: this device&apos;s role cannot change assignments; only coordinators do.</source>
        <translation>只读：本设备的角色无权更改指派；只有协调员可以更改。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="311"/>
        <source>Preview: the grid shows the plan as the proposal would leave it. Accept or discard it (Proposal tab) before changing slots by hand.</source>
        <translation>预览：表中显示的是采用建议方案后的排班。手动更改岗位前，请先接受或放弃该方案（“建议方案”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="359"/>
        <source>Choose a session to see its slots.</source>
        <translation>选择场次以查看其岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="363"/>
        <source>“%1” — %2, %3. %4.</source>
        <translation>“%1”——%2，%3。%4。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="436"/>
        <source>Accept or discard the proposal first (Proposal tab).</source>
        <translation>请先接受或放弃建议方案（“建议方案”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="467"/>
        <source>Who takes %1 at “%2”?</source>
        <translation>“%2”（%1）由谁担任？</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="548"/>
        <source>Solving… Esc stops it and keeps the best plan found so far.</source>
        <translation>正在自动排班…按 Esc 可停止，并保留目前找到的最佳方案。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="556"/>
        <source>A first plan is made.</source>
        <translation>已生成初步方案。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="557"/>
        <source>Covering as many units as possible…</source>
        <translation>正在尽量填补更多名额…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="558"/>
        <source>Evening out the loads…</source>
        <translation>正在均衡工作量…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="559"/>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="567"/>
        <source>Stopping the solve…</source>
        <translation>正在停止自动排班…</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="581"/>
        <source>The solve found nothing to change.</source>
        <translation>自动排班未发现需要更改之处。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="593"/>
        <source>The solve failed: %1</source>
        <translation>自动排班失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="621"/>
        <source>The proposal was discarded; nothing changed.</source>
        <translation>已放弃建议方案；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <location filename="../../ui/attendees/model.py" line="43"/>
        <source>Participant</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="44"/>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="45"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="46"/>
        <source>VIP / head of delegation</source>
        <translation>贵宾/代表团团长</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="47"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="48"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="49"/>
        <source>Exhibitor</source>
        <translation>参展方</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="50"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="59"/>
        <source>Sign language (%1)</source>
        <translation>手语（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="64"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="66"/>
        <source>Step-free access</source>
        <translation>无台阶通道</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="68"/>
        <source>Assistance</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="82"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="83"/>
        <source>Latin name</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="84"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="85"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="86"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="87"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="88"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="204"/>
        <source>In</source>
        <extracomment>check-in column: the attendee has checked in</extracomment>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="207"/>
        <source>Not yet</source>
        <extracomment>check-in column: the attendee has not checked in yet</extracomment>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/model.py" line="211"/>
        <source>Hold</source>
        <extracomment>check-in column: a security hold is set on this attendee (a noun)</extracomment>
        <translation>冻结</translation>
    </message>
</context>
<context>
    <name>AttendeesWorkspace</name>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="67"/>
        <source>Name, organization, country or code</source>
        <translation>姓名、组织、国家或代码</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="72"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="76"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="80"/>
        <source>Any needs</source>
        <translation>不限需求</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="82"/>
        <source>Has a need</source>
        <translation>有需求</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="83"/>
        <source>Sign language</source>
        <translation>手语</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="84"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="85"/>
        <source>Step-free access</source>
        <translation>无台阶通道</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="86"/>
        <source>Assistance</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="90"/>
        <source>Checked in or not</source>
        <translation>不限签到状态</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="91"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="92"/>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="94"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="95"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="96"/>
        <source>Accessibility need</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="97"/>
        <source>Check-in state</source>
        <translation>签到状态</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="223"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="231"/>
        <source>No one matches “%1” with these filters. Check the spelling, type part of a name, or press Esc to clear the search and filters.</source>
        <translation>在当前筛选条件下，没有与“%1”匹配的人。请检查拼写或只输入部分姓名，也可按 Esc 清除搜索和筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/workspace.py" line="254"/>
        <source>The scanned code is not a badge or a registration code of this event.</source>
        <translation>扫描的代码不是本次活动的证件或注册码。</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="127"/>
        <source>Open layout file…</source>
        <translation>打开版式文件…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="142"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="144"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="184"/>
        <source>Badge layout</source>
        <translation>证件版式</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="185"/>
        <source>Badge layouts (*.json)</source>
        <translation>证件版式 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="208"/>
        <source>This layout cannot be used:</source>
        <translation>此版式无法使用：</translation>
    </message>
</context>
<context>
    <name>BadgesWorkspace</name>
    <message>
        <location filename="../../ui/badges/workspace.py" line="89"/>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="90"/>
        <source>4×6 in</source>
        <translation>4×6 英寸</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="91"/>
        <source>CR80 card</source>
        <translation>CR80 卡</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="92"/>
        <source>54×90 mm label</source>
        <translation>54×90 mm 标签</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="93"/>
        <source>4×A6 on A4</source>
        <translation>4×A6（A4 纸）</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="94"/>
        <source>A6, EN + AZ</source>
        <comment>layout: category in English and Azerbaijani</comment>
        <translation>A6，英文+阿塞拜疆文</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="109"/>
        <source>Whose name the preview shows</source>
        <translation>预览中显示谁的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="111"/>
        <source>Name or registration code, then Enter</source>
        <translation>输入姓名或注册码，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="121"/>
        <source>Layout and preview</source>
        <translation>版式和预览</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="127"/>
        <source>&amp;Layout</source>
        <translation>版式(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="128"/>
        <source>&amp;Sample</source>
        <translation>示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="129"/>
        <source>Find &amp;attendee</source>
        <translation>查找参会者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="164"/>
        <source>Every script</source>
        <translation>各种文字</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="169"/>
        <source>Latin, diacritics</source>
        <translation>拉丁字母及变音符</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="170"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="171"/>
        <source>Devanagari</source>
        <translation>天城文</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="172"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="218"/>
        <source>Attendee: %1</source>
        <translation>参会者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="222"/>
        <source>Demo: %1</source>
        <translation>演示：%1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="293"/>
        <source>No badge issued yet: this QR code is only a sample.</source>
        <translation>尚未签发证件：此 QR 码仅为示例。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/workspace.py" line="309"/>
        <source>No attendee matches “%1”.</source>
        <translation>没有与“%1”匹配的参会者。</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/streams/model.py" line="86"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="88"/>
        <source>On air now</source>
        <translation>正在播出</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="90"/>
        <source>Next</source>
        <extracomment>column header: the next session planned on the channel</extracomment>
        <translation>下一场</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="91"/>
        <source>Captions · sign</source>
        <translation>字幕 · 手语</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="145"/>
        <source>this device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="151"/>
        <source>by %1 at %2</source>
        <translation>%1于%2更改</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="163"/>
        <source>LATE %1 min</source>
        <translation>延迟%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="166"/>
        <source>OVERRUN %1 min</source>
        <translation>超时%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="168"/>
        <source>CLASH</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="179"/>
        <source>DO NOT STREAM</source>
        <translation>禁止直播</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="191"/>
        <source>%1 · pre-roll in %2</source>
        <translation>%1 · %2后预播</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="196"/>
        <source>%1 · in pre-roll</source>
        <translation>%1 · 预播中</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>CC %1</source>
        <extracomment>CC = closed captions; %1: language codes such as EN FR</extracomment>
        <translation>字幕 %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="210"/>
        <source>No captions</source>
        <translation>无字幕</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>Sign: %1</source>
        <translation>手语：%1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="211"/>
        <source>No sign</source>
        <translation>无手语</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="216"/>
        <source>NO CC %1</source>
        <extracomment>short alert chip: captions in languages %1 are required but missing from the stream</extracomment>
        <translation>缺字幕 %1</translation>
    </message>
    <message>
        <location filename="../../ui/streams/model.py" line="221"/>
        <source>NO SIGN %1</source>
        <extracomment>short alert chip: sign language %1 (codes such as IS, ASL) is required but missing from the stream</extracomment>
        <translation>缺手语 %1</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Slot</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="408"/>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="425"/>
        <source>— open —</source>
        <translation>— 空缺 —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="428"/>
        <source>%1 with feed %2</source>
        <translation>%1（输入：%2）</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="384"/>
        <source>Release…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="386"/>
        <source>Publish the schedule as its next version</source>
        <translation>将日程发布为下一个版本</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="406"/>
        <source>Never released. Every scheduled session is new.</source>
        <translation>从未发布。所有已排定场次均为新增。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="413"/>
        <source>Version %1, released %2.</source>
        <translation>版本%1，发布于%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="415"/>
        <source>%n change(s) since then.</source>
        <translation>
            <numerusform>此后有%n处更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="418"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="419"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="420"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="421"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ChartTile</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="292"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="294"/>
        <source>Save this chart as PNG (Ctrl+S) or CSV (Ctrl+Shift+S)</source>
        <translation>将此图表保存为 PNG（Ctrl+S）或 CSV（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="299"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="300"/>
        <source>Save as CSV…</source>
        <translation>保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="350"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="353"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>CheckinWorkspace</name>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="129"/>
        <source>Scan a badge — the scanner works wherever the cursor is</source>
        <translation>扫描证件——光标在任何位置，扫描枪都能使用</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="210"/>
        <source>Entry gate · %1</source>
        <translation>入场口 · %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="212"/>
        <source>zone %1</source>
        <translation>区域%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="213"/>
        <source>F10: desk settings</source>
        <translation>F10：服务台设置</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="215"/>
        <source>none (PDF files)</source>
        <translation>无（PDF 文件）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="217"/>
        <source>Badge pickup · %1 · printer: %2</source>
        <translation>证件领取 · %1 · 打印机：%2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="224"/>
        <source>PDF files go to %1</source>
        <translation>PDF 文件保存到%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="228"/>
        <source>Ctrl+F find by name · F2 reprint · F3 undo · F4 print now · F10 desk settings · Esc back to scanning</source>
        <translation>Ctrl+F 按姓名查找 · F2 重印 · F3 撤销 · F4 立即打印 · F10 服务台设置 · Esc 返回扫描</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="347"/>
        <source>Could not record the scan (%1) — scan again; if it repeats, call a supervisor.</source>
        <translation>无法记录此次扫描（%1）——请重新扫描；如再次出现，请呼叫主管。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="426"/>
        <source>Entries today: %1</source>
        <translation>今日入场：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="433"/>
        <source>%1 s per attendee</source>
        <translation>每人%1秒</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="435"/>
        <source>— s per attendee</source>
        <translation>每人—秒</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="438"/>
        <source>Today %1 · This hour %2 · %3</source>
        <translation>今日%1 · 本小时%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="487"/>
        <source>Not printed (glyph_missing): no font on this desk can print %1. Write the badge by hand and tell the supervisor.</source>
        <translation>未打印（glyph_missing）：本服务台没有能打印%1的字体。请手写证件并告知主管。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="495"/>
        <source>Print failed (%1) — fix the printer, then F4 prints again.</source>
        <translation>打印失败（%1）——请排除打印机故障，然后按 F4 重新打印。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="504"/>
        <source>Badge %1 sent to %2</source>
        <translation>证件%1已发送到%2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="510"/>
        <source>Badge saved as %1</source>
        <translation>证件已保存为%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="541"/>
        <source>Scan or find the person first, then F2.</source>
        <translation>请先扫描或查找此人，然后按 F2。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="552"/>
        <source>Nothing to undo: scan or find the person first.</source>
        <translation>没有可撤销的操作：请先扫描或查找此人。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="597"/>
        <source>Check-in undone: %1</source>
        <translation>已撤销签到：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="603"/>
        <source>This desk cannot issue a new badge (no desk signing key): send the person to the help desk.</source>
        <translation>本服务台无法签发新证件（没有服务台签名密钥）：请让此人前往咨询台。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="606"/>
        <source>Already printed — use F2 with a reason to reprint.</source>
        <translation>已打印——如需重印，请按 F2 并说明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="607"/>
        <source>This person has no valid badge on this desk.</source>
        <translation>此人在本服务台没有有效证件。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/workspace.py" line="608"/>
        <source>That check-in was already undone.</source>
        <translation>该签到已撤销。</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../../ui/schedule/messages.py" line="105"/>
        <location filename="../../ui/schedule/messages.py" line="376"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="112"/>
        <source>speaker %1</source>
        <translation>发言人%1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="117"/>
        <source>not placed</source>
        <translation>未放置</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="122"/>
        <source>off the grid</source>
        <translation>不在网格上</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="124"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="141"/>
        <location filename="../../ui/schedule/messages.py" line="230"/>
        <location filename="../../ui/schedule/messages.py" line="264"/>
        <source>none that day</source>
        <translation>当天无</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="156"/>
        <source>Rule “%1” found a problem with %2.</source>
        <translation>规则“%1”发现%2存在问题。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="204"/>
        <source>%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them.</source>
        <translation>%1（%2）与%3（%4）在%6重叠%5分钟。请移动或缩短其中一场。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="215"/>
        <source>%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. Move one of them or shorten the first.</source>
        <translation>在%4，%1在%3结束后%2分钟即开始，而该会议室换场需要%5分钟。请移动其中一场，或缩短前一场。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="235"/>
        <source>%1 (%2) is outside the times %3 is available (%4). Move it, or change the room&apos;s availability.</source>
        <translation>%1（%2）不在%3的开放时间内（%4）。请移动该场次，或更改会议室的开放时间。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="248"/>
        <source>%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one session or change its speakers.</source>
        <translation>%1同时在%2（%3）和%4（%5）中发言，两场重叠%6分钟。请移动其中一个场次，或更换其发言人。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="269"/>
        <source>%1 is not available during %2 (%3); available: %4. Move the session or ask the speaker.</source>
        <translation>%1在%2（%3）期间没有空；有空时间：%4。请移动该场次，或与发言人协商。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="304"/>
        <source>%1 expected</source>
        <translation>预计%1人</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="319"/>
        <source>%1: %2, on air %3 (%4 min before, %5 after)</source>
        <translation>%1：%2，播出时间%3（提前%4分钟，延后%5分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="339"/>
        <source>Marked do-not-stream (closed door)</source>
        <translation>已标记为禁止直播（闭门会议）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="363"/>
        <source>%1 seats</source>
        <translation>%1个座位</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="365"/>
        <source>%1 min to change over</source>
        <translation>换场需%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="386"/>
        <source>overlaps %1 by %2 min</source>
        <translation>与%1重叠%2分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="281"/>
        <source>%1 expects %2 people; %3 has %4 seats. Move it to a larger room.</source>
        <translation>%1预计有%2人参加，而%3只有%4个座位。请将其移到更大的会议室。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="390"/>
        <source>%1 min before %2; the room needs %3 min to change over</source>
        <translation>在%2之前仅%1分钟；该会议室换场需要%3分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="392"/>
        <source>%1 min after %2; the room needs %3 min to change over</source>
        <translation>与%2仅间隔%1分钟；该会议室换场需要%3分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="398"/>
        <source>%1 is closed then</source>
        <translation>%1在该时段不开放</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="401"/>
        <source>%1 also speaks in %2</source>
        <translation>%1也在%2中发言</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="405"/>
        <source>%1 is not available then</source>
        <translation>%1在该时段没有空</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="409"/>
        <source>%1 expected, %2 seats</source>
        <translation>预计%1人，%2个座位</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="413"/>
        <source>overlaps %1 on %2 by %3 min, rolls included</source>
        <translation>在%2上与%1重叠%3分钟（含前后预留时段）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="420"/>
        <source>streamed, but %1 has no stream encoder</source>
        <translation>需直播，但%1没有直播编码器</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="425"/>
        <source>do-not-stream, but planned on %1</source>
        <translation>禁止直播，但已安排在%1上</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="430"/>
        <source>its stream on %1 lacks captions or sign language it requires</source>
        <translation>其在%1上的直播缺少所需的字幕或手语</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="441"/>
        <source>this device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="442"/>
        <source>device %1</source>
        <translation>设备%1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="448"/>
        <source>Your move of %1 (%2) lost to %3&apos;s move (%4).</source>
        <translation>您对%1的移动（%2）已被%3的移动（%4）覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="455"/>
        <source>%1&apos;s move of %2 (%3) lost to %4&apos;s move (%5).</source>
        <translation>%1对%2的移动（%3）已被%4的移动（%5）覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="465"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="466"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="467"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="468"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="471"/>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="476"/>
        <source>This session no longer exists in this event.</source>
        <translation>本次活动中已不存在此场次。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="477"/>
        <source>This room no longer exists in this event.</source>
        <translation>本次活动中已不存在此会议室。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="478"/>
        <source>This session has no default length: give its end time.</source>
        <translation>该场次没有默认时长：请填写结束时间。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="481"/>
        <source>A session becomes released only when a release publishes it.</source>
        <translation>场次只有经过发布才会变为“已发布”。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="479"/>
        <source>A session ends after it starts and lasts at most 24 hours.</source>
        <translation>场次的结束时间必须晚于开始时间，且时长不得超过24小时。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="480"/>
        <source>Place the session in a room and time before scheduling it.</source>
        <translation>请先将场次放置到会议室和时段，再将其排定。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="482"/>
        <source>That status cannot be set by hand.</source>
        <translation>该状态不能手动设置。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="484"/>
        <source>No session is placed and scheduled: schedule sessions first.</source>
        <translation>没有既已放置又已排定的场次：请先排定场次。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="486"/>
        <source>The schedule is exactly what the last release published.</source>
        <translation>日程与上次发布的内容完全相同。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="487"/>
        <source>A session holds too much text to be released.</source>
        <translation>有场次包含的文字过多，无法发布。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="489"/>
        <source>Blocking conflicts stand: fix them, or lower their rule&apos;s severity, before releasing.</source>
        <translation>仍有阻止发布的冲突：请先解决这些冲突，或降低相应规则的严重程度，然后再发布。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="493"/>
        <source>This device&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>本设备的数据库暂时无法写入。请重试；如问题持续，请呼叫主管。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/messages.py" line="500"/>
        <source>Refused (%1).</source>
        <translation>已拒绝（%1）。</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="252"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="253"/>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="258"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="259"/>
        <location filename="../../ui/schedule/panels.py" line="319"/>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="273"/>
        <source>Moves that lost to another coordinator&apos;s move</source>
        <translation>被其他协调员的移动覆盖的操作</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="280"/>
        <source>Re-apply</source>
        <translation>重新应用</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="281"/>
        <source>Put the session back where the lost move put it</source>
        <translation>将场次放回被覆盖的那次移动所放的位置</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="283"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="284"/>
        <source>Keep the session where it is and mark this resolved</source>
        <translation>保持场次当前位置，并将此项标记为已解决</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="325"/>
        <source>%n conflict(s) block the release</source>
        <translation>
            <numerusform>%n个冲突阻止发布</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="326"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="328"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;3 conflicts block the release · 5 warnings&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="332"/>
        <source>Lost placement</source>
        <translation>放置被覆盖</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="90"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="91"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="92"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="93"/>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="94"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="97"/>
        <source>e.g. spelling as in the passport</source>
        <translation>例如：按护照拼写更正</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="98"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="103"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="160"/>
        <source>Type a given name or a family name.</source>
        <translation>请输入名或姓。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="163"/>
        <source>Say why you are correcting this record.</source>
        <translation>请说明更正此记录的原因。</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="89"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="90"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="91"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="92"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="93"/>
        <source>Services filled</source>
        <translation>已填补名额</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="125"/>
        <source>%1: %2 of %3 units filled (%4 required).</source>
        <translation>%1：已填补%2/%3个名额（必需%4个）。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="66"/>
        <source>Desk area</source>
        <translation>服务台区域</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="68"/>
        <source>Open</source>
        <extracomment>column header: how many of the area&apos;s check-in desks are open now</extracomment>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="70"/>
        <source>Load</source>
        <extracomment>column header: the share of the open desks&apos; capacity in use (a percentage)</extracomment>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="72"/>
        <source>Waiting</source>
        <extracomment>column header: people estimated waiting in the queue now</extracomment>
        <translation>排队人数</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="74"/>
        <source>Wait now</source>
        <extracomment>column header: how long a person joining the queue now waits</extracomment>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="76"/>
        <source>Worst, 30 min</source>
        <extracomment>column header: the longest wait forecast over the next 30 minutes</extracomment>
        <translation>30分钟内最长</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="166"/>
        <source>Why</source>
        <extracomment>heading above the list of probable causes (slow scanners, failing printers, silent devices)</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="168"/>
        <source>No slow desk, failing printer or silent device found.</source>
        <translation>未发现慢速服务台、故障打印机或无响应设备。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="180"/>
        <source>%1: %2 waiting, wait %3 now, %4 at worst in the next %5 min.</source>
        <translation>%1：%2人排队，当前需等候%3，未来%5分钟内最长%4。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="192"/>
        <source>No desk area is expected to wait over %1 min.</source>
        <translation>预计所有服务台区域的等候时间都不超过%1分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="196"/>
        <source>At %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="198"/>
        <source>At %1 (the last recorded activity)</source>
        <translation>截至%1（最后记录的活动）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="209"/>
        <source>%1 desks open of %2; %3 s per person; serves %4 a minute of %5 possible</source>
        <translation>%2个服务台中开放%1个；每人%3秒；每分钟服务%4人（最多可服务%5人）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="218"/>
        <source>Idle: %1</source>
        <translation>空闲服务台：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="227"/>
        <source>no end</source>
        <translation>无限长</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="229"/>
        <source>&lt; 1 min</source>
        <translation>&lt;1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="230"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="240"/>
        <source>Open these desks: %1.</source>
        <translation>请开放以下服务台：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="246"/>
        <source>Move %n volunteer(s) from %1.</source>
        <translation>
            <numerusform>从%1抽调%n名志愿者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/dashboard.py" line="251"/>
        <source>Call %n more staff.</source>
        <translation>
            <numerusform>再呼叫%n名工作人员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="253"/>
        <source>The wait then falls to %1.</source>
        <translation>届时等候时间将降至%1。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="260"/>
        <source>%1: scans take %2 ms (most desks %3 ms) — check its scanner</source>
        <translation>%1：扫描耗时%2毫秒（多数服务台为%3毫秒）——请检查其扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="267"/>
        <source>%1: %2 s per person (its area %3 s)</source>
        <translation>%1：每人%2秒（所在区域为%3秒）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="274"/>
        <source>%1: %2% of prints failed — check the printer</source>
        <translation>%1：%2%的打印失败——请检查打印机</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dashboard.py" line="279"/>
        <source>%1: not synced for %2 min — check its network</source>
        <translation>%1：已%2分钟未同步——请检查其网络</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="105"/>
        <source>Ready — scan a badge or find a name</source>
        <translation>就绪——请扫描证件或查找姓名</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="109"/>
        <source>The scanner works wherever the cursor is. Ctrl+F: find by name · F2: reprint · F3: undo · F10: desk settings</source>
        <translation>光标在任何位置，扫描枪都能使用。Ctrl+F：按姓名查找 · F2：重印 · F3：撤销 · F10：服务台设置</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="120"/>
        <source>Check in this person?</source>
        <translation>为此人签到？</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="122"/>
        <source>Enter checks in · Esc cancels. Registration code %1, found by name or code, not by badge: check a photo ID.</source>
        <translation>Enter 签到 · Esc 取消。注册码%1是按姓名或代码而非证件找到的：请核验带照片的身份证明。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="126"/>
        <source>Already picked up: Enter shows when and where.</source>
        <translation>已领取：按 Enter 查看领取时间和地点。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="143"/>
        <source>First pickup: %1 at %2</source>
        <translation>首次领取：%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="145"/>
        <source>another desk</source>
        <translation>其他服务台</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="150"/>
        <source>Handed out more than once while desks were offline — tell a supervisor.</source>
        <translation>服务台离线期间被多次发放——请告知主管。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="155"/>
        <source>The scanner types for another keyboard layout (%1 read as US): set it to this desk&apos;s layout.</source>
        <translation>扫描枪设置的键盘布局与本服务台不同（%1 按美式布局读取）：请将其改为本服务台的布局。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="162"/>
        <source>This badge was issued after this desk last synced: checked against the person it names. It can be reprinted here after the next sync.</source>
        <translation>此证件签发于本服务台上次同步之后：已按证件上载明的人员核验。下次同步后即可在此重印。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="186"/>
        <source>⚑ %1 — call the protocol officer</source>
        <translation>⚑ %1——请呼叫礼宾官员</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="193"/>
        <source>Sign language: %1</source>
        <translation>手语：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="195"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="197"/>
        <source>Step-free access</source>
        <translation>无台阶通道</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="199"/>
        <source>Assistance</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="201"/>
        <source>Access needs: %1</source>
        <translation>无障碍需求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="208"/>
        <source>PARTICIPANT</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="209"/>
        <source>SPEAKER</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="210"/>
        <source>MEDIA</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="211"/>
        <source>VIP / HEAD OF DELEGATION</source>
        <translation>贵宾/代表团团长</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="212"/>
        <source>STAFF</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="213"/>
        <source>VOLUNTEER</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="214"/>
        <source>EXHIBITOR</source>
        <translation>参展方</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="215"/>
        <source>SECURITY</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="223"/>
        <source>Printing the badge — hand it over.</source>
        <translation>正在打印证件——打印后请交给本人。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="225"/>
        <source>Badge already printed — hand it over.</source>
        <translation>证件已打印——请交给本人。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="228"/>
        <source>Found by name or code: check a photo ID.</source>
        <translation>按姓名或代码找到：请核验带照片的身份证明。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="229"/>
        <source>✔ Admitted</source>
        <translation>✔ 放行</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="231"/>
        <source>Check photo ID. A new badge only with a reprint reason (F2).</source>
        <translation>请核验带照片的身份证明。只有说明重印原因（F2）才能发放新证件。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="233"/>
        <source>The badge never printed: F4 prints it now.</source>
        <translation>该证件从未打印：按 F4 立即打印。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="234"/>
        <source>● Already picked up</source>
        <translation>● 已领取</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="237"/>
        <source>✘ Refused — badge revoked</source>
        <translation>✘ 拒绝——证件已吊销</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="238"/>
        <source>Reported lost or replaced. Check photo ID; send to the help desk.</source>
        <translation>已挂失或已换发。请核验带照片的身份证明，并让其前往咨询台。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="241"/>
        <source>✘ Refused — unknown badge</source>
        <translation>✘ 拒绝——未知证件</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="242"/>
        <source>Not known on this desk. Check the sync state, or find the name.</source>
        <translation>本服务台无此证件记录。请检查同步状态，或查找姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="245"/>
        <source>✘ Refused — forged or damaged code</source>
        <translation>✘ 拒绝——代码伪造或损坏</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="246"/>
        <source>Do not hand out a badge. Call a supervisor.</source>
        <translation>不要发放证件。请呼叫主管。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="249"/>
        <source>✘ Refused — badge of another event</source>
        <translation>✘ 拒绝——其他活动的证件</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="250"/>
        <source>Ask for the WUF confirmation, or find the name.</source>
        <translation>请对方出示 WUF 注册确认函，或查找姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="253"/>
        <source>✘ Not a badge code</source>
        <translation>✘ 不是证件代码</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="254"/>
        <source>Scan the QR code on the confirmation or badge, or find the name.</source>
        <translation>请扫描确认函或证件上的 QR 码，或查找姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="257"/>
        <source>✘ Refused — security hold</source>
        <translation>✘ 拒绝——安保冻结</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="258"/>
        <source>Do not hand out the badge. Call the security supervisor.</source>
        <translation>不要发放该证件。请呼叫安保主管。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/attendees/detail.py" line="192"/>
        <source>Select an attendee to see their details.</source>
        <translation>选择参会者以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="214"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="215"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="216"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="217"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="218"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="219"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="229"/>
        <source>Correct name or category (Enter)</source>
        <translation>更正姓名或类别（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="276"/>
        <source>No note recorded.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="277"/>
        <source>⚑ Attention: %1</source>
        <translation>⚑ 注意：%1</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="279"/>
        <source>Security hold: send to the supervisor desk.</source>
        <translation>安保冻结：请让其前往主管服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="284"/>
        <source>None declared</source>
        <translation>未申报</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="293"/>
        <source>Not issued yet</source>
        <translation>尚未签发</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="296"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="297"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="298"/>
        <source>reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="301"/>
        <source>No. %1 · %2 · issued %3</source>
        <translation>编号%1 · %2 · 签发于%3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="311"/>
        <source>%1 at %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="313"/>
        <location filename="../../ui/attendees/detail.py" line="325"/>
        <source>unknown desk</source>
        <translation>未知服务台</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="317"/>
        <source>Never</source>
        <translation>从未更正</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="323"/>
        <source>Not checked in</source>
        <translation>未签到</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="328"/>
        <source>Checked in %1 at %2</source>
        <translation>%1在%2签到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="337"/>
        <source>%n duplicate pickup(s) flagged for supervisors</source>
        <translation>
            <numerusform>已向主管标记%n次重复领取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendees/detail.py" line="344"/>
        <source>%n pickup(s) undone</source>
        <translation>
            <numerusform>已撤销%n次领取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="366"/>
        <source>Only an administrator changes the category</source>
        <translation>只有管理员才能更改类别</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="389"/>
        <location filename="../../ui/attendees/detail.py" line="394"/>
        <source>Not saved (%1). The record is unchanged.</source>
        <translation>未保存（%1）。记录未更改。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="400"/>
        <source>Not saved: this desk&apos;s database cannot be written right now. Try again; if it persists, call the supervisor.</source>
        <translation>未保存：本服务台的数据库暂时无法写入。请重试；如问题持续，请呼叫主管。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="406"/>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/attendees/detail.py" line="411"/>
        <source>Correction saved on this desk; it syncs automatically.</source>
        <translation>更正已保存在本服务台，并将自动同步。</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="231"/>
        <source>Session details</source>
        <translation>场次详情</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="235"/>
        <source>This session no longer exists in this event.</source>
        <translation>本次活动中已不存在此场次。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="244"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="247"/>
        <location filename="../../ui/schedule/dialogs.py" line="280"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="249"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="251"/>
        <source>%1 expected</source>
        <translation>预计%1人</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="253"/>
        <source>%1 seats</source>
        <translation>%1个座位</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="254"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="255"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="259"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="263"/>
        <source>No conflict.</source>
        <translation>无冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="265"/>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="272"/>
        <source>Place…</source>
        <translation>放置…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="276"/>
        <source>Take off the grid</source>
        <translation>移出网格</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="289"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DropPreview</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="210"/>
        <source>Drop here: no conflict.</source>
        <translation>放在此处：无冲突。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="213"/>
        <source>Drop here: %n conflict(s)</source>
        <translation>
            <numerusform>放在此处：%n个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="223"/>
        <source>… and %1 more.</source>
        <translation>……另有%1项。</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="43"/>
        <source>Enrol this desk</source>
        <translation>接入本服务台</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="46"/>
        <source>Enrol this desk with the hub</source>
        <translation>将本服务台接入中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="50"/>
        <source>Scan the enrolment QR code with the barcode scanner, or paste the enrolment text that `wufops enrol` printed on the hub, then press Enter.</source>
        <translation>用扫描枪扫描接入 QR 码，或粘贴中心服务器上 `wufops enrol` 输出的接入文本，然后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="60"/>
        <source>Venue CA file (only for wss:// hubs)</source>
        <translation>场馆 CA 文件（仅限 wss:// 中心服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="61"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="75"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="82"/>
        <source>This desk&apos;s data: %1</source>
        <translation>本服务台数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>Venue CA</source>
        <translation>场馆 CA</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="102"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM 文件 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="133"/>
        <location filename="../../ui/enrolment/panel.py" line="154"/>
        <source>Connecting to the hub…</source>
        <translation>正在连接中心服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="149"/>
        <source>Downloading the event from the hub (as %1)…</source>
        <translation>正在从中心服务器下载活动数据（身份：%1）…</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="169"/>
        <source>Done — opening the desk.</source>
        <translation>完成——正在打开服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="182"/>
        <source>Paste or scan the enrolment text first.</source>
        <translation>请先粘贴或扫描接入文本。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="184"/>
        <source>That is not an enrolment text (it starts with wufops-enrol:). Scan the enrolment QR code again or paste the whole text.</source>
        <translation>这不是接入文本（接入文本以 wufops-enrol: 开头）。请重新扫描接入 QR 码，或粘贴完整文本。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="188"/>
        <source>The enrolment text is cut short. Paste the whole text, or print a new one with `wufops enrol`.</source>
        <translation>接入文本不完整。请粘贴完整文本，或用 `wufops enrol` 重新生成。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="192"/>
        <source>The hub address must start with ws:// or wss://. Print a new enrolment.</source>
        <translation>中心服务器地址必须以 ws:// 或 wss:// 开头。请重新生成接入文本。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="195"/>
        <source>Cannot reach the hub. Check the network cable or Wi-Fi and that the hub is running, then press Enter to try again.</source>
        <translation>无法连接中心服务器。请检查网线或 Wi-Fi，并确认中心服务器正在运行，然后按 Enter 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="199"/>
        <source>The hub does not know this token. Enrol the desk again on the hub (`wufops enrol`) and scan the new code.</source>
        <translation>中心服务器无法识别此令牌。请在中心服务器上重新接入本服务台（`wufops enrol`），然后扫描新的代码。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="203"/>
        <source>This enrolment was revoked on the hub. Ask for a new one (`wufops enrol`).</source>
        <translation>此接入已在中心服务器上被吊销。请申请新的接入（`wufops enrol`）。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="205"/>
        <source>This desk&apos;s data belongs to another device. Call IT.</source>
        <translation>本服务台的数据属于另一台设备。请呼叫 IT 人员。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="207"/>
        <source>A wss:// hub needs the venue CA file: choose it with Browse…, then Connect.</source>
        <translation>wss:// 中心服务器需要场馆 CA 文件：请点击“浏览…”选择该文件，然后点击“连接”。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="210"/>
        <source>The hub&apos;s certificate is not from the venue CA in the enrolment. Call IT; do not re-enrol blindly.</source>
        <translation>中心服务器的证书并非由接入文本中的场馆 CA 签发。请呼叫 IT 人员，不要贸然重新接入。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="213"/>
        <source>The venue CA file cannot be read: choose it again.</source>
        <translation>无法读取场馆 CA 文件：请重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="214"/>
        <source>This app is older than the hub: install the hub&apos;s version.</source>
        <translation>本应用版本低于中心服务器：请安装与中心服务器相同的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="215"/>
        <source>The download took too long. Press Enter to resume it.</source>
        <translation>下载超时。请按 Enter 继续下载。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="216"/>
        <source>This desk&apos;s data folder cannot be written: check the disk.</source>
        <translation>本服务台的数据文件夹无法写入：请检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="218"/>
        <source>Enrolment failed. Press Enter to try again.</source>
        <translation>接入失败。请按 Enter 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/enrolment/panel.py" line="222"/>
        <source>Finishing the current step…</source>
        <translation>正在完成当前步骤…</translation>
    </message>
</context>
<context>
    <name>FindByName</name>
    <message>
        <location filename="../../ui/checkin/find.py" line="62"/>
        <source>No code? Find by name (Ctrl+F)</source>
        <translation>没有代码？按姓名查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="66"/>
        <source>Name, organization or registration code</source>
        <translation>姓名、组织或注册码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="105"/>
        <source>Type to search %Ln attendee(s)</source>
        <translation>
            <numerusform>输入以在%Ln名参会者中搜索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="117"/>
        <source>picked up</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="125"/>
        <source>No match</source>
        <translation>无匹配结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin/find.py" line="127"/>
        <source>%n more match(es) — type more of the name</source>
        <translation>
            <numerusform>另有%n个匹配——请输入更完整的姓名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/find.py" line="129"/>
        <source>Enter picks the highlighted person</source>
        <translation>按 Enter 选择突出显示的人员</translation>
    </message>
</context>
<context>
    <name>GateCard</name>
    <message>
        <location filename="../../ui/checkin/card.py" line="347"/>
        <source>SCAN</source>
        <translation>请扫描</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="348"/>
        <source>Hold the badge QR code under the scanner</source>
        <translation>将证件 QR 码对准扫描枪</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="354"/>
        <source>ADMIT</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="357"/>
        <source>Already counted — the same badge moments ago</source>
        <translation>已计数——同一证件刚刚扫描过</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="359"/>
        <source>Valid badge</source>
        <translation>证件有效</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="362"/>
        <source>DENY</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="364"/>
        <source>Badge revoked (lost or replaced) — send to the badge desk</source>
        <translation>证件已吊销（已挂失或已换发）——请让其前往证件服务台</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="365"/>
        <source>Unknown badge — send to the badge desk</source>
        <translation>未知证件——请让其前往证件服务台</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="366"/>
        <source>Forged or damaged code — call a supervisor</source>
        <translation>代码伪造或损坏——请呼叫主管</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="367"/>
        <source>Badge of another event</source>
        <translation>其他活动的证件</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="368"/>
        <source>Not a badge code — scan the badge QR code</source>
        <translation>不是证件代码——请扫描证件 QR 码</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="369"/>
        <source>Already used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/card.py" line="370"/>
        <source>Security hold — call a supervisor</source>
        <translation>安保冻结——请呼叫主管</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="761"/>
        <source>Entry gates do not hold the schedule. Ask a coordinator or a check-in desk where a session takes place.</source>
        <translation>入场口设备不存储日程。场次地点请询问协调员或签到台。</translation>
    </message>
    <message>
        <location filename="../../ui/access/workspace.py" line="642"/>
        <source>Entry gates do not hold the access plan. Ask the access-services coordinator who interprets or captions a session.</source>
        <translation>入场口设备不保存无障碍服务排班。如需了解某场次由谁担任口译或字幕，请询问无障碍服务协调员。</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="227"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/grid_paint.py" line="327"/>
        <source>%1 seats</source>
        <translation>%1个座位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/grid_paint.py" line="357"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n个会议室</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>WUF Ops</source>
        <translation>WUF Ops</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="194"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Language of this desk</source>
        <translation>本服务台的语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>%1 · %2 · times in %3</source>
        <translation>%1 · %2 · 时区：%3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>%1 · %2</source>
        <extracomment>two counts side by side (&quot;37,000 attendees · 1,204 checked in&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="237"/>
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln名参会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="238"/>
        <source>%Ln checked in</source>
        <translation>
            <numerusform>%Ln人已签到</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="89"/>
        <source>Place “%1”</source>
        <translation>放置“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="95"/>
        <source>%1 (%2 seats)</source>
        <translation>%1（%2个座位）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="113"/>
        <source>&amp;Room</source>
        <translation>会议室(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="114"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="120"/>
        <source>&amp;Start – end</source>
        <translation>开始–结束(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="127"/>
        <source>Place</source>
        <translation>放置</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="128"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="194"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="196"/>
        <source>ends the next day</source>
        <translation>次日结束</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="201"/>
        <source>No conflict there.</source>
        <translation>该位置无冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="205"/>
        <source>This placement would cause:</source>
        <translation>此放置将导致：</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="67"/>
        <source>Arrivals per 15 min by category, against the expected curve</source>
        <translation>按类别统计的每15分钟到达人数（对照预期曲线）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="70"/>
        <source>Check-ins per desk per hour</source>
        <translation>每个服务台每小时签到数</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="71"/>
        <source>Scan to decision, last hour (ms)</source>
        <translation>从扫描到判定的用时，最近一小时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="72"/>
        <source>Entries per gate zone per hour</source>
        <translation>每个入场口区域每小时入场数</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="73"/>
        <source>Badge prints and failures per printer</source>
        <translation>各打印机的证件打印数和失败数</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="74"/>
        <source>Duplicate pickups and conflicts</source>
        <translation>重复领取和冲突</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="81"/>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="82"/>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="83"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="84"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="85"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="86"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Exhibitors</source>
        <translation>参展方</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="88"/>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="89"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="91"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="92"/>
        <source>90th percentile</source>
        <translation>第90百分位</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="93"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="94"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="95"/>
        <source>Duplicate pickups</source>
        <translation>重复领取</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="96"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>OperationsWorkspace</name>
    <message>
        <location filename="../../ui/operations/workspace.py" line="80"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="83"/>
        <source>Wall screen (F11)</source>
        <translation>大屏（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="90"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="92"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="93"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="94"/>
        <source>Newest record</source>
        <translation>最新记录</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="95"/>
        <source>Pending</source>
        <translation>待同步</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="97"/>
        <source>Lag</source>
        <extracomment>column header: how late a device&apos;s recent changes reached the hub</extracomment>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="103"/>
        <source>Attendee</source>
        <translation>参会者</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="104"/>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="105"/>
        <source>Counted pickup</source>
        <translation>有效领取</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="106"/>
        <location filename="../../ui/operations/workspace.py" line="132"/>
        <source>Duplicate pickups</source>
        <translation>重复领取</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="112"/>
        <source>Detected</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="114"/>
        <source>What</source>
        <extracomment>column header: the kind of record a sync conflict was about</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="115"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="117"/>
        <source>Kept</source>
        <extracomment>column header: the value a sync conflict kept</extracomment>
        <translation>保留值</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="119"/>
        <source>Overwritten</source>
        <extracomment>column header: the value a sync conflict replaced</extracomment>
        <translation>被覆盖值</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="124"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="128"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="131"/>
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="133"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="134"/>
        <source>Rejected changes</source>
        <translation>被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="238"/>
        <source>Operations — %1</source>
        <translation>运营——%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="293"/>
        <source>Badge sharing or double queueing: check with the attendee</source>
        <translation>证件共用或重复排队：请向参会者核实</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="318"/>
        <source>Devices: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="319"/>
        <source>Duplicate pickups: %1</source>
        <translation>重复领取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="320"/>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="321"/>
        <source>Rejected changes from this device: %1</source>
        <translation>本设备被拒绝的更改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="326"/>
        <source>not syncing: %1</source>
        <translation>未同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="328"/>
        <source>settings ignored (%1)</source>
        <translation>设置已忽略（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/workspace.py" line="331"/>
        <source>Devices (%n not syncing)</source>
        <translation>
            <numerusform>设备（%n台未同步）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="336"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="337"/>
        <source>quiet</source>
        <translation>静默</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="338"/>
        <source>not syncing</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="339"/>
        <source>never seen</source>
        <translation>从未上线</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="340"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="341"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="345"/>
        <source>this desk</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="348"/>
        <source>%1 (this desk)</source>
        <translation>%1（本服务台）</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="368"/>
        <source>This desk: its own link and the ops it holds that the hub has not acknowledged; lag is the age of the oldest of them</source>
        <translation>本服务台：显示其自身连接，以及中心服务器尚未确认的操作；延迟为其中最早一项已等待的时长</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="372"/>
        <source>As the hub recorded it; lag: how late its recent work arrived</source>
        <translation>按中心服务器的记录；延迟：该设备最近的操作晚了多久才送达</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="374"/>
        <source>As replicated to this desk: last seen is the hub&apos;s last contact or its newest record here. Only the hub knows other devices&apos; pending ops and lag.</source>
        <translation>按复制到本服务台的数据：“最后在线”为中心服务器最后一次联系该设备的时间，或该设备在此的最新记录时间。只有中心服务器掌握其他设备的待同步操作和延迟。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="380"/>
        <location filename="../../ui/operations/workspace.py" line="408"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="385"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="387"/>
        <source>%1 min ago</source>
        <translation>%1分钟前</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="401"/>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="403"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../ui/operations/workspace.py" line="404"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <location filename="../../ui/access/picker.py" line="43"/>
        <source>Assign a provider</source>
        <translation>指派服务人员</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="53"/>
        <source>Type to find a provider by name</source>
        <translation>输入姓名查找服务人员</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="67"/>
        <source>Type a name · ↑ ↓ choose · Enter assign · Esc close</source>
        <translation>输入姓名 · ↑ ↓ 选择 · Enter 指派 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="71"/>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="101"/>
        <source>◆ %1 — %2</source>
        <translation>◆ %1——%2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="103"/>
        <source>✓ %1 — %2</source>
        <translation>✓ %1——%2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="105"/>
        <source>✗ %1 — %2</source>
        <translation>✗ %1——%2</translation>
    </message>
    <message>
        <location filename="../../ui/access/picker.py" line="154"/>
        <source>Choose the hearing interpreter who feeds %1 in this slot.</source>
        <translation>请选择在此岗位为%1提供输入的健听口译员。</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../../ui/demo_progress.py" line="86"/>
        <source>Preparing the demo event</source>
        <translation>正在准备演示活动</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="89"/>
        <source>Creating the demo event</source>
        <translation>正在创建演示活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/demo_progress.py" line="92"/>
        <source>%Ln attendee(s) from 182 countries — only on the first run.</source>
        <translation>
            <numerusform>来自182个国家的%Ln名参会者——仅在首次运行时创建。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/demo_progress.py" line="116"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="123"/>
        <location filename="../../ui/access/panels.py" line="155"/>
        <source>Run a solve to see a proposal here.</source>
        <translation>运行自动排班后，建议方案将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="137"/>
        <source>&amp;Accept the proposal</source>
        <translation>接受建议方案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="138"/>
        <source>&amp;Discard it</source>
        <translation>放弃方案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="164"/>
        <source>The coverage grid shows the plan as the proposal would leave it.</source>
        <translation>覆盖情况表显示的是采用建议方案后的排班。</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Provider</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Load that day</source>
        <translation>当日工作量</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="297"/>
        <source>Day</source>
        <translation>当日安排</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="320"/>
        <source>captioner</source>
        <translation>字幕员</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>Deaf interpreter</source>
        <translation>聋人口译员</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="321"/>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="330"/>
        <source>Travel to another room: %n min.</source>
        <translation>
            <numerusform>转场至另一会议室：%n分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="337"/>
        <source>%1 in %2: %3, %4 (feeding the Deaf interpreter).</source>
        <translation>%1在%2：%3，%4（为聋人口译员提供输入）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="339"/>
        <source>%1 in %2: %3, %4.</source>
        <translation>%1在%2：%3，%4。</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="343"/>
        <source>%1 Locked.</source>
        <translation>%1已锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="357"/>
        <source>Not working</source>
        <translation>当日不工作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/models.py" line="362"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="318"/>
        <source>Release the schedule</source>
        <translation>发布日程</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="328"/>
        <source>Note for this version (optional)</source>
        <translation>此版本的说明（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="329"/>
        <source>Release now</source>
        <translation>立即发布</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="332"/>
        <source>Show in the conflicts panel</source>
        <translation>在冲突面板中显示</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="334"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="352"/>
        <source>The schedule cannot be released: %n conflict(s) block it.</source>
        <translation>
            <numerusform>日程无法发布：有%n个冲突阻止发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="356"/>
        <source>Fix them, or lower their rule&apos;s severity, then release.</source>
        <translation>请解决这些冲突，或降低相应规则的严重程度，然后再发布。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="359"/>
        <source>… and %1 more.</source>
        <translation>……另有%1项。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="370"/>
        <source>Release version %1</source>
        <translation>发布版本%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="375"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="376"/>
        <source>%n moved</source>
        <translation>
            <numerusform>移动%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="377"/>
        <source>%n edited</source>
        <translation>
            <numerusform>修改%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/dialogs.py" line="378"/>
        <source>%n removed</source>
        <translation>
            <numerusform>移除%n个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="381"/>
        <source>Since version %1:</source>
        <translation>自版本%1以来：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="383"/>
        <source>First release:</source>
        <translation>首次发布：</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="388"/>
        <source>Every placed session that is scheduled goes into the release and becomes released; drafts stay out. Exports carry the version number.</source>
        <translation>所有已放置且已排定的场次都将纳入本次发布并变为“已发布”；草稿不纳入。导出文件将带有版本号。</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="89"/>
        <source>Reprint the badge — why? (↑/↓ choose, Enter reprints)</source>
        <translation>重印证件——原因？（↑/↓ 选择，Enter 重印）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="91"/>
        <source>Damaged — same badge number</source>
        <translation>损坏——证件编号不变</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="92"/>
        <source>Lost — the old badge stops working at the gates</source>
        <translation>遗失——旧证件将在入场口失效</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="93"/>
        <source>Name corrected — same badge number</source>
        <translation>姓名已更正——证件编号不变</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="95"/>
        <source>Reprint (Enter)</source>
        <translation>重印（Enter）</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="443"/>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="450"/>
        <source>Find a room</source>
        <translation>查找会议室</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="453"/>
        <source>Tick the rooms to show; drag to reorder; ★ pins to the top.</source>
        <translation>勾选要显示的会议室；拖动可调整顺序；★ 表示置顶。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="463"/>
        <source>%1 — %2 seats · %3</source>
        <translation>%1——%2个座位 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="475"/>
        <source>★ Favourite</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="476"/>
        <source>Pin the selected room to the top of the grid</source>
        <translation>将所选会议室置顶于网格</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="478"/>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="480"/>
        <source>Show none</source>
        <translation>全部隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="482"/>
        <source>Favourites only</source>
        <translation>仅显示收藏</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/dialogs.py" line="485"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="100"/>
        <source>Batch run</source>
        <translation>批量打印</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="104"/>
        <source>Badges for pre-printing, sorted by country then family name. Attendees without a badge get one. Each badge written counts as printed, so desks will not print it again at pickup.</source>
        <translation>用于预先打印的证件，先按国家、再按姓氏排序。尚无证件的参会者将获签发证件。每张写入的证件都计为已打印，服务台在领取时不会再次打印。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="113"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="117"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="122"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="123"/>
        <source>Only the first N badges of the selection (empty: all)</source>
        <translation>仅限所选范围内的前 N 张证件（留空：全部）</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="134"/>
        <source>Where to write the PDF</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="135"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="147"/>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="148"/>
        <source>C&amp;ountry</source>
        <translation>国家(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="149"/>
        <source>Li&amp;mit</source>
        <translation>上限(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="155"/>
        <source>Output &amp;file</source>
        <translation>输出文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="159"/>
        <source>&amp;Run batch</source>
        <translation>批量打印(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="163"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="164"/>
        <source>Stop the run (Esc); nothing is written</source>
        <translation>停止批量打印（Esc）；不会写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="189"/>
        <source>Open fol&amp;der</source>
        <translation>打开文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="251"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="269"/>
        <source>Could not count the selection</source>
        <translation>无法统计所选数量</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="271"/>
        <source>No attendee matches these filters</source>
        <translation>没有参会者符合这些筛选条件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="273"/>
        <source>%Ln badge(s) selected</source>
        <translation>
            <numerusform>已选择%Ln张证件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="281"/>
        <source>Write badges to</source>
        <translation>证件写入位置</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="284"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="325"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="343"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="371"/>
        <source>Issuing badges: %1</source>
        <translation>正在签发证件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="373"/>
        <source>Writing badges: %1</source>
        <translation>正在写入证件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="375"/>
        <source>Recording them as printed: %1</source>
        <translation>正在标记为已打印：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="407"/>
        <source>%Ln badge(s) written to %1</source>
        <translation>
            <numerusform>已将%Ln张证件写入%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="411"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="413"/>
        <source>%Ln newly issued</source>
        <translation>
            <numerusform>新签发%Ln张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/run_panel.py" line="418"/>
        <source>%Ln character(s) could not be set in any bundled font: check those badges</source>
        <translation>
            <numerusform>%Ln个字符在所有内置字体中都无法排印：请检查相关证件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="438"/>
        <source>Cancelled. No file was written and no badge was marked printed.</source>
        <translation>已取消。未写入任何文件，也未将任何证件标记为已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="440"/>
        <source>Cannot write %1. Choose a folder you can write to, or close the file if another program has it open.</source>
        <translation>无法写入%1。请选择可写入的文件夹；如该文件已被其他程序打开，请先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="443"/>
        <source>Choose where to write the PDF first.</source>
        <translation>请先选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="444"/>
        <source>This layout cannot be used: pick another one.</source>
        <translation>此版式无法使用：请另选一个。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="446"/>
        <source>No attendee matches these filters: change the category, country or limit.</source>
        <translation>没有参会者符合这些筛选条件：请更改类别、国家或上限。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="448"/>
        <source>This event is not in the database any more.</source>
        <translation>数据库中已不存在此活动。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="449"/>
        <source>The database holds several events; open one event.</source>
        <translation>数据库包含多个活动；请只打开一个活动。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="451"/>
        <source>Two attendees share a badge reference; ask the hub operator to fix it before printing.</source>
        <translation>两名参会者使用同一证件参考号；请先让中心服务器操作员修正，再打印。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="455"/>
        <source>This device has used up its badge serial numbers: sync with the hub.</source>
        <translation>本设备的证件序列号已用完：请与中心服务器同步。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="458"/>
        <source>This device has no badge serial numbers yet: sync with the hub.</source>
        <translation>本设备尚无证件序列号：请与中心服务器同步。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="460"/>
        <source>Could not open the event database.</source>
        <translation>无法打开活动数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/badges/run_panel.py" line="464"/>
        <source>The run stopped with an error (%1).</source>
        <translation>批量打印因错误停止（%1）。</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../../ui/schedule/editor.py" line="40"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/editor.py" line="48"/>
        <source>%n conflict(s):</source>
        <translation>
            <numerusform>%n个冲突：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="67"/>
        <source>Moved “%1” to %2.</source>
        <translation>已将“%1”移至%2。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="69"/>
        <source>Placed “%1” in %2.</source>
        <translation>已将“%1”放置于%2。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="97"/>
        <source>Took “%1” off the grid.</source>
        <translation>已将“%1”移出网格。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="125"/>
        <source>“%1”: %2.</source>
        <translation>“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="134"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/editor.py" line="141"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../../ui/schedule/grid.py" line="183"/>
        <source>Schedule grid</source>
        <translation>日程网格</translation>
    </message>
</context>
<context>
    <name>ScheduleStyle</name>
    <message>
        <location filename="../../ui/schedule/style.py" line="60"/>
        <source>Plenary</source>
        <translation>全体会议</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="61"/>
        <source>Assembly</source>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="62"/>
        <source>Dialogue</source>
        <translation>对话会</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="63"/>
        <source>Roundtable</source>
        <translation>圆桌会议</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="64"/>
        <source>Side event</source>
        <translation>会外活动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="65"/>
        <source>Networking</source>
        <translation>交流活动</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="66"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="75"/>
        <source>PL</source>
        <comment>marker: plenary</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>全会</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="77"/>
        <source>AS</source>
        <comment>marker: assembly</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="79"/>
        <source>DI</source>
        <comment>marker: dialogue</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="81"/>
        <source>RT</source>
        <comment>marker: roundtable</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>圆桌</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="83"/>
        <source>SE</source>
        <comment>marker: side event</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>会外</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="85"/>
        <source>NW</source>
        <comment>marker: networking</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>交流</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="87"/>
        <source>TR</source>
        <comment>marker: training</comment>
        <extracomment>the session type&apos;s 2–3 letter abbreviation, drawn on its blocks in the grid</extracomment>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="94"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="95"/>
        <source>Scheduled</source>
        <translation>已排定</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="96"/>
        <source>Released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="97"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="104"/>
        <source>Blocks release</source>
        <translation>阻止发布</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="105"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="107"/>
        <source>Off</source>
        <extracomment>severity of a conflict rule that is switched off</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="114"/>
        <source>Room overlap</source>
        <translation>会议室时间重叠</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="115"/>
        <source>Room unavailable</source>
        <translation>会议室不可用</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="116"/>
        <source>Speaker double-booked</source>
        <translation>发言人时间冲突</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="119"/>
        <source>Speaker unavailable</source>
        <translation>发言人不可用</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="120"/>
        <source>Over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="121"/>
        <source>Channel overlap</source>
        <translation>频道时间重叠</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="122"/>
        <source>No stream encoder</source>
        <translation>无直播编码器</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="123"/>
        <source>Streamed, do-not-stream</source>
        <translation>禁止直播却安排直播</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="124"/>
        <source>Captions or sign not streamed</source>
        <translation>直播缺字幕或手语</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="133"/>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="134"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/style.py" line="135"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="37"/>
        <source>Find a session (Ctrl+F)</source>
        <translation>查找场次（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="45"/>
        <source>Filter rooms</source>
        <translation>筛选会议室</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="50"/>
        <source>Rooms…</source>
        <translation>会议室…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="51"/>
        <source>Choose, pin and order the rooms shown</source>
        <translation>选择要显示的会议室，并设置置顶和顺序</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="54"/>
        <source>Order of the rooms</source>
        <translation>会议室顺序</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By floor</source>
        <translation>按楼层</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>By capacity</source>
        <translation>按容量</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="57"/>
        <source>My order</source>
        <translation>自定义顺序</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="62"/>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="65"/>
        <source>Stream channels as lanes above the rooms: show or hide them (Ctrl+Shift+L)</source>
        <translation>在会议室上方以泳道形式显示直播频道：显示或隐藏（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="70"/>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="71"/>
        <source>Lower rows: more rooms on the screen</source>
        <translation>降低行高，屏幕上可显示更多会议室</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="73"/>
        <source>Show cancelled</source>
        <translation>显示已取消</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="74"/>
        <source>Show cancelled sessions (greyed and struck through)</source>
        <translation>显示已取消的场次（灰色并带删除线）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="78"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="81"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="82"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="84"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="88"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/toolbar.py" line="90"/>
        <source>Room, day and time of the selected session (Ctrl+M)</source>
        <translation>所选场次的会议室、日期和时间（Ctrl+M）</translation>
    </message>
</context>
<context>
    <name>ScheduleWorkspace</name>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="182"/>
        <source>Release</source>
        <extracomment>tab title (a noun): publishing the schedule as a numbered version</extracomment>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="251"/>
        <source>Read only: this device&apos;s role (%1) can look sessions up; only coordinators change the schedule.</source>
        <translation>只读：本设备的角色（%1）只能查看场次；只有协调员才能更改日程。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="270"/>
        <source>check-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="271"/>
        <source>entry gate</source>
        <translation>入场口</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="272"/>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="273"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes shown.</source>
        <translation>已显示频道泳道。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="360"/>
        <source>Channel lanes hidden.</source>
        <translation>已隐藏频道泳道。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="377"/>
        <source>Show channel lanes</source>
        <translation>显示频道泳道</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="385"/>
        <source>No stream channels in this event</source>
        <translation>本次活动没有直播频道</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="399"/>
        <source>To place (%1)</source>
        <translation>待放置（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="406"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="462"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/workspace.py" line="508"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到%n个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="613"/>
        <source>Select a session for its details (Enter). Ctrl+F finds a session.</source>
        <translation>选择场次后按 Enter 可查看详情。按 Ctrl+F 查找场次。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="615"/>
        <source>Drag: move · an edge: resize · Ctrl+arrows: move · Delete: off the grid · Enter: details · Ctrl+M: Move to…</source>
        <translation>拖动：移动 · 拖动边缘：调整时长 · Ctrl+方向键：移动 · Delete：移出网格 · Enter：详情 · Ctrl+M：移动到…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="646"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="648"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="651"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="653"/>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="710"/>
        <source>Released version %1.</source>
        <translation>已发布版本%1。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="721"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="723"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="724"/>
        <source>Take off the grid</source>
        <translation>移出网格</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/workspace.py" line="725"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="159"/>
        <source>Desk settings</source>
        <translation>服务台设置</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="164"/>
        <source>Badge pickup</source>
        <translation>证件领取</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="165"/>
        <source>Entry gate</source>
        <translation>入场口</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="175"/>
        <source> s</source>
        <extracomment>unit after a number of seconds (keep the leading space if your language uses one)</extracomment>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="177"/>
        <source>off</source>
        <extracomment>shown in the seconds field when it is 0: repeated scans are not merged</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="179"/>
        <source>The same badge again at this gate within this time counts one entry</source>
        <translation>同一证件在此时间内再次通过本入场口，只计为一次入场</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="181"/>
        <source>Sound per outcome</source>
        <translation>按结果播放提示音</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="186"/>
        <source>Desk or gate name</source>
        <translation>服务台或入场口名称</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="187"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="188"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="189"/>
        <source>PDF folder (no printer)</source>
        <translation>PDF 文件夹（无打印机）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="190"/>
        <source>Badge stock (layout)</source>
        <translation>证件纸材（版式）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="191"/>
        <source>Gate zone</source>
        <translation>入场口区域</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="192"/>
        <source>Gate: same badge again within</source>
        <translation>入场口：同一证件重复扫描间隔</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="196"/>
        <source>Save (Enter)</source>
        <translation>保存（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="212"/>
        <source>No printer — save PDF files</source>
        <translation>无打印机——保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="216"/>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
</context>
<context>
    <name>SlotsModel</name>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Slot</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="194"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="225"/>
        <source>— open —</source>
        <translation>— 空缺 —</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="228"/>
        <source>%1 with feed %2</source>
        <translation>%1（输入：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="241"/>
        <source>⚠ %1 (does not count: see the rules)</source>
        <translation>⚠ %1（不计入：请查看规则）</translation>
    </message>
    <message>
        <location filename="../../ui/access/models.py" line="244"/>
        <source>⚑ Locked</source>
        <translation>⚑ 已锁定</translation>
    </message>
</context>
<context>
    <name>SlotsPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="67"/>
        <source>Choose a session to see its slots.</source>
        <translation>选择场次以查看其岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="87"/>
        <source>Assign… (Enter)</source>
        <translation>指派…（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="88"/>
        <source>Clear (Delete)</source>
        <translation>清空（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="89"/>
        <source>Lock or unlock (L)</source>
        <translation>锁定/解锁（L）</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../../ui/schedule/commands.py" line="105"/>
        <source>Set status of “%1”</source>
        <translation>设置“%1”的状态</translation>
    </message>
</context>
<context>
    <name>StreamTexts</name>
    <message>
        <location filename="../../ui/streams/texts.py" line="22"/>
        <source>PLANNED</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="23"/>
        <source>TESTING</source>
        <translation>测试中</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="24"/>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="25"/>
        <source>COMPLETE</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="26"/>
        <source>OFF AIR</source>
        <translation>未播出</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="33"/>
        <source>IS</source>
        <extracomment>short tag for International Sign (the sign language), shown beside language codes such as EN, FR</extracomment>
        <translation>国际手语</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="43"/>
        <source>%1: “%2” was taken off the plan.</source>
        <translation>%1：“%2”已从计划中撤下。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="48"/>
        <source>%1: nothing is planned on this channel.</source>
        <translation>%1：此频道没有任何计划。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="51"/>
        <source>This device may not change stream statuses: only coordinator and admin devices may.</source>
        <translation>本设备无权更改直播状态：只有协调员和管理员设备可以更改。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="55"/>
        <source>%1: the status was not changed (%2).</source>
        <translation>%1：状态未更改（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="62"/>
        <source>Press T to test or L to go live.</source>
        <translation>按 T 开始测试，或按 L 开始直播。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="63"/>
        <source>Press L to go live or P to go back to planned.</source>
        <translation>按 L 开始直播，或按 P 退回“已计划”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="64"/>
        <source>Press C when it is over.</source>
        <translation>结束后请按 C。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="65"/>
        <source>Press L to put it back on air.</source>
        <translation>按 L 恢复播出。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="73"/>
        <source>%1: “%2” is already planned.</source>
        <translation>%1：“%2”已处于“已计划”状态。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="74"/>
        <source>%1: “%2” is already in testing.</source>
        <translation>%1：“%2”已在测试中。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="75"/>
        <source>%1: “%2” is already live.</source>
        <translation>%1：“%2”已在直播中。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="76"/>
        <source>%1: “%2” is already complete.</source>
        <translation>%1：“%2”已结束。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="77"/>
        <source>%1: “%2” already has that status.</source>
        <translation>%1：“%2”已处于该状态。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="79"/>
        <source>%1: “%2” is planned — it cannot go to complete.</source>
        <translation>%1：“%2”处于“已计划”状态——不能直接设为“已结束”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="80"/>
        <source>%1: “%2” is in testing — it cannot go to complete.</source>
        <translation>%1：“%2”正在测试——不能直接设为“已结束”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="81"/>
        <source>%1: “%2” is live — it cannot go back to planned.</source>
        <translation>%1：“%2”正在直播——不能退回“已计划”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="82"/>
        <source>%1: “%2” is live — it cannot go back to testing.</source>
        <translation>%1：“%2”正在直播——不能退回“测试中”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="84"/>
        <source>%1: “%2” is complete — it cannot go back to planned.</source>
        <translation>%1：“%2”已结束——不能退回“已计划”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="87"/>
        <source>%1: “%2” is complete — it cannot go back to testing.</source>
        <translation>%1：“%2”已结束——不能退回“测试中”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="89"/>
        <source>%1: “%2” cannot take that status now.</source>
        <translation>%1：“%2”目前不能设为该状态。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="93"/>
        <source>%1: “%2” is now PLANNED.</source>
        <translation>%1：“%2”现为“已计划”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="94"/>
        <source>%1: “%2” is now TESTING.</source>
        <translation>%1：“%2”现为“测试中”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="95"/>
        <source>%1: “%2” is now LIVE.</source>
        <translation>%1：“%2”现为“直播中”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="96"/>
        <source>%1: “%2” is now COMPLETE.</source>
        <translation>%1：“%2”现为“已结束”。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="97"/>
        <source>%1: “%2” has a new status.</source>
        <translation>%1：“%2”的状态已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="108"/>
        <source>“%1” and “%2” both need %3: with their rolls they overlap by %4 min. Move one to another channel or shorten its roll.</source>
        <translation>“%1”和“%2”都需要使用%3：算上前后预留时段，两者重叠%4分钟。请将其中一场移到其他频道，或缩短其预留时段。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="120"/>
        <source>“%1” is planned for streaming but %2 has no stream encoder. Move it to a room with an encoder, or withdraw its slot.</source>
        <translation>“%1”计划直播，但%2没有直播编码器。请将其移到有编码器的会议室，或撤下其直播时段。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="129"/>
        <source>“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or clear do-not-stream if it may go out.</source>
        <translation>“%1”已标记为禁止直播，但已安排在%2上。请撤下该直播时段；如允许播出，请取消禁止直播标记。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="142"/>
        <source>“%1” requires captions in %2, which its stream on %3 does not carry.</source>
        <translation>“%1”需要%2字幕，但其在%3上的直播未提供。</translation>
    </message>
    <message>
        <location filename="../../ui/streams/texts.py" line="150"/>
        <source>“%1” requires sign language %2, which its stream on %3 does not carry.</source>
        <translation>“%1”需要%2手语，但其在%3上的直播未提供。</translation>
    </message>
</context>
<context>
    <name>StreamsWorkspace</name>
    <message>
        <location filename="../../ui/streams/workspace.py" line="149"/>
        <source>Live board</source>
        <translation>直播看板</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="153"/>
        <source>Wall screen (F11)</source>
        <translation>大屏（F11）</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="167"/>
        <source>↑ ↓ or 1–8: channel · T testing · L live · C complete · P planned · F11 wall screen</source>
        <translation>↑ ↓ 或 1–8：频道 · T 测试中 · L 直播中 · C 已结束 · P 已计划 · F11 大屏</translation>
    </message>
    <message>
        <location filename="../../ui/streams/workspace.py" line="187"/>
        <source>Choose a channel, then T, L, C or P to change its status.</source>
        <translation>选择频道，然后按 T、L、C 或 P 更改其状态。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status.py" line="37"/>
        <source>● Standalone</source>
        <translation>● 独立运行</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="38"/>
        <source>This desk is not connected to a hub</source>
        <translation>本服务台未连接到中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="54"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="55"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="56"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="57"/>
        <source>Offline — working locally</source>
        <translation>离线——本地工作中</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="58"/>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="62"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n项待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="64"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n项被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="68"/>
        <source>%n refused: this desk&apos;s clock was wrong</source>
        <translation>
            <numerusform>%n项被拒：本服务台时钟有误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="72"/>
        <source>last sync %1</source>
        <translation>上次同步%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="74"/>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="76"/>
        <source>hub clock %1 s</source>
        <translation>与中心服务器时差%1秒</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="82"/>
        <source>Device %1 (%2)</source>
        <translation>设备%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="88"/>
        <source>Badge signing key %1 certified by the hub</source>
        <translation>证件签名密钥%1已获中心服务器认证</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="95"/>
        <source>The hub did not certify this desk&apos;s badge key (%1): lost-badge reprints need the hub until it does</source>
        <translation>中心服务器尚未认证本服务台的证件密钥（%1）：在认证之前，重印遗失证件须连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="102"/>
        <source>This computer&apos;s clock is %1 s off the hub&apos;s: the desk uses the hub&apos;s time</source>
        <translation>本计算机时钟与中心服务器相差%1秒：本服务台将使用中心服务器时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status.py" line="108"/>
        <source>The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor</source>
        <translation>
            <numerusform>中心服务器拒绝了%n项时间戳有误的操作（clock_skew）：这些操作保留在本服务台——请告知主管</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="115"/>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="121"/>
        <source>the hub cannot be reached; retrying</source>
        <translation>无法连接中心服务器；正在重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="122"/>
        <source>the hub refused this device&apos;s token: enrol it again</source>
        <translation>中心服务器拒绝了本设备的令牌：请重新接入</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="123"/>
        <source>this device has been revoked by a supervisor</source>
        <translation>本设备已被主管吊销</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="124"/>
        <source>this data belongs to another enrolled device: call IT</source>
        <translation>这些数据属于另一台已接入的设备：请呼叫 IT 人员</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="125"/>
        <source>this app is older than the hub: upgrade it</source>
        <translation>本应用版本低于中心服务器：请升级</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="126"/>
        <source>the hub&apos;s certificate is not the venue&apos;s: call IT</source>
        <translation>中心服务器的证书不是场馆证书：请呼叫 IT 人员</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="127"/>
        <source>some changes from the hub could not be applied here</source>
        <translation>来自中心服务器的部分更改无法在此应用</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="128"/>
        <source>this replica differed from the hub and was reloaded</source>
        <translation>本地副本与中心服务器不一致，已重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="129"/>
        <source>an unexpected sync error; retrying (see the log)</source>
        <translation>发生意外同步错误；正在重试（参见日志）</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="131"/>
        <source>the hub holds too many connections from this device at once (is the app open twice?); retrying later</source>
        <translation>本设备与中心服务器的同时连接过多（应用是否打开了两次？）；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="134"/>
        <source>the hub asked this desk to slow down; retrying shortly</source>
        <translation>中心服务器要求本服务台降低请求频率；即将重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="136"/>
        <source>too many refused connections from this network address; retrying later</source>
        <translation>来自此网络地址的连接被拒绝次数过多；稍后重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="138"/>
        <source>the hub is busy; retrying shortly</source>
        <translation>中心服务器繁忙；即将重试</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="140"/>
        <source>this device has synced too many copies of its data: call IT to re-enrol it</source>
        <translation>本设备同步的数据副本过多：请呼叫 IT 人员重新接入</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status.py" line="142"/>
        <source>the hub failed on a request; retrying (see its log)</source>
        <translation>中心服务器处理请求失败；正在重试（参见其日志）</translation>
    </message>
</context>
<context>
    <name>UndoPanel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="123"/>
        <source>Undo this check-in — why?</source>
        <translation>撤销此次签到——原因？</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="125"/>
        <source>e.g. scanned the wrong badge</source>
        <translation>例如：扫错了证件</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="127"/>
        <source>Undo check-in (Enter)</source>
        <translation>撤销签到（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/panels.py" line="144"/>
        <source>Type a reason first.</source>
        <translation>请先输入原因。</translation>
    </message>
</context>
<context>
    <name>UnmetPanel</name>
    <message>
        <location filename="../../ui/access/panels.py" line="191"/>
        <source>No provider has this language (or the accreditation it needs).</source>
        <translation>没有服务人员掌握此语言（或具备所需认证）。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="193"/>
        <source>Nobody with this language declared they can work then, or they are absent.</source>
        <translation>掌握此语言的人员均未申报该时段可工作，或该时段缺勤。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="195"/>
        <source>Everyone who could is already working at that time.</source>
        <translation>所有符合条件的人员该时段均已有工作。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="196"/>
        <source>Those free then have reached their day&apos;s cap or need a rest.</source>
        <translation>该时段有空的人员已达每日上限或需要休息。</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="206"/>
        <source>%1 (WFD-WASLI accredited)</source>
        <translation>%1（WFD-WASLI 认证）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="208"/>
        <source>%n more provider(s) of %1 on the morning of %2.</source>
        <translation>
            <numerusform>%2上午需再增加%n名%1服务人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="209"/>
        <source>%n more provider(s) of %1 on the afternoon of %2.</source>
        <translation>
            <numerusform>%2下午需再增加%n名%1服务人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="210"/>
        <source>%n more provider(s) of %1 on the evening of %2.</source>
        <translation>
            <numerusform>%2晚上需再增加%n名%1服务人员。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="218"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="219"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="220"/>
        <source>Slot</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="221"/>
        <source>Why it is open</source>
        <translation>空缺原因</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="222"/>
        <source>Smallest change that covers it</source>
        <translation>可填补空缺的最小调整</translation>
    </message>
    <message>
        <location filename="../../ui/access/panels.py" line="228"/>
        <source>Every unit of demand is filled: nothing is open.</source>
        <translation>所有需求名额均已填补：没有空缺。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="231"/>
        <source>%n required unit(s) open.</source>
        <translation>
            <numerusform>%n个必需名额空缺。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/access/panels.py" line="233"/>
        <source>%n advised unit(s) open.</source>
        <translation>
            <numerusform>%n个建议名额空缺。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../ui/schedule/panels.py" line="102"/>
        <source>Search sessions to place</source>
        <translation>搜索待放置的场次</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="120"/>
        <source>Place…</source>
        <translation>放置…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="121"/>
        <source>Choose a room and time for the selected session (Enter)</source>
        <translation>为所选场次选择会议室和时间（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="125"/>
        <source>Drag a session onto the grid, or select it and press Enter.</source>
        <translation>将场次拖到网格上，或选中后按 Enter。</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="127"/>
        <source>Sessions not placed yet.</source>
        <translation>尚未放置的场次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/panels.py" line="161"/>
        <source>%n session(s) to place</source>
        <translation>
            <numerusform>%n个场次待放置</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/panels.py" line="164"/>
        <source>%1 of %2 shown</source>
        <translation>已显示%1个，共%2个</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../ui/workspaces.py" line="52"/>
        <source>Attendees</source>
        <translation>参会者</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="57"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="62"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="67"/>
        <source>Badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="72"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="77"/>
        <source>Streams</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../ui/workspaces.py" line="82"/>
        <source>Access</source>
        <translation>无障碍</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <location filename="../../ui/checkin/panels.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>_SetupWindow</name>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="154"/>
        <location filename="../../ui/sync/demo_hub.py" line="157"/>
        <source>Preparing the demo hub</source>
        <translation>正在准备演示中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="159"/>
        <source>Issuing a signed badge for every attendee…</source>
        <translation>正在为每位参会者签发带签名的证件…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="173"/>
        <source>Issuing signed badges: %1 of %2</source>
        <translation>正在签发带签名的证件：%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/demo_hub.py" line="179"/>
        <source>Starting the hub and loading the event on this desk…</source>
        <translation>正在启动中心服务器并在本服务台加载活动…</translation>
    </message>
</context>
</TS>
