<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>steward::AgeFile</name>
    <message>
        <source>the encrypted data</source>
        <translation>加密数据</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Expected the end of the armor line.</source>
        <translation>此处应为 ASCII 封装行的结尾。</translation>
    </message>
    <message>
        <source>Expected an armor line of at most 64 characters.</source>
        <translation>ASCII 封装的每行应不超过 64 个字符。</translation>
    </message>
    <message>
        <source>Expected the armor&apos;s end line (%1).</source>
        <translation>此处应为 ASCII 封装的结束行（%1）。</translation>
    </message>
    <message>
        <source>Expected armor lines of 64 base64 characters (shorter only last).</source>
        <translation>ASCII 封装各行应为 64 个 base64 字符（只有最后一行可以更短）。</translation>
    </message>
    <message>
        <source>Expected base64 text in the armor.</source>
        <translation>ASCII 封装中应为 base64 文本。</translation>
    </message>
    <message>
        <source>Expected nothing after the armor&apos;s end line.</source>
        <translation>ASCII 封装的结束行之后不应再有内容。</translation>
    </message>
    <message>
        <source>This is not an age file: expected &quot;%1&quot; on the first line.</source>
        <translation>这不是 age 文件：第一行应为“%1”。</translation>
    </message>
    <message>
        <source>Expected a recipient stanza (&quot;-&gt;&quot;) or the header&apos;s MAC line (&quot;---&quot;).</source>
        <translation>此处应为接收方节（“-&gt;”）或文件头的 MAC 行（“---”）。</translation>
    </message>
    <message>
        <source>Expected the end of the header within 1 MiB.</source>
        <translation>文件头应在 1 MiB 内结束。</translation>
    </message>
    <message>
        <source>Expected the header&apos;s MAC in base64 after &quot;--- &quot;.</source>
        <translation>“--- ”之后应为 base64 编码的文件头 MAC。</translation>
    </message>
    <message>
        <source>Expected the stanza&apos;s type and arguments separated by single spaces.</source>
        <translation>节的类型和参数之间应以单个空格分隔。</translation>
    </message>
    <message>
        <source>Expected a stanza body line of at most 64 base64 characters.</source>
        <translation>节正文的每行应不超过 64 个 base64 字符。</translation>
    </message>
    <message>
        <source>Expected the stanza body in unpadded base64.</source>
        <translation>节正文应为不带填充的 base64。</translation>
    </message>
    <message>
        <source>Expected at least one recipient stanza in the header.</source>
        <translation>文件头中应至少有一个接收方节。</translation>
    </message>
    <message>
        <source>Expected an X25519 stanza with one 32-byte share and a 32-byte body.</source>
        <translation>X25519 节应包含一个 32 字节的共享值和 32 字节的正文。</translation>
    </message>
    <message>
        <source>Expected an scrypt stanza with a 16-byte salt, a work factor and a 32-byte body.</source>
        <translation>scrypt 节应包含 16 字节的盐、一个工作因子和 32 字节的正文。</translation>
    </message>
    <message>
        <source>The passphrase&apos;s scrypt work factor is %1; at most %2 is accepted.</source>
        <translation>口令的 scrypt 工作因子为 %1；最多只接受 %2。</translation>
    </message>
    <message>
        <source>The passphrase&apos;s key derivation failed (out of memory?).</source>
        <translation>口令的密钥派生失败（内存不足？）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Encrypting needs a recipient or a passphrase.</source>
        <translation>加密需要接收方或口令。</translation>
    </message>
    <message>
        <source>A passphrase cannot be combined with recipients in one age file.</source>
        <translation>同一个 age 文件中不能同时使用口令和接收方。</translation>
    </message>
    <message>
        <source>The encryption passphrase must not be empty.</source>
        <translation>加密口令不能为空。</translation>
    </message>
    <message>
        <source>The scrypt work factor must be between 1 and %1.</source>
        <translation>scrypt 工作因子必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>An age recipient must hold a 32-byte X25519 key.</source>
        <translation>age 接收方必须包含 32 字节的 X25519 密钥。</translation>
    </message>
    <message>
        <source>The random number generator failed.</source>
        <translation>随机数生成器出错。</translation>
    </message>
    <message>
        <source>The age recipient %1 is not a usable X25519 key.</source>
        <translation>age 接收方 %1 不是可用的 X25519 密钥。</translation>
    </message>
    <message>
        <source>The encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
    <message>
        <source>Expected the passphrase (scrypt) stanza to be the header&apos;s only stanza.</source>
        <translation>口令（scrypt）节应为文件头中唯一的节。</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1.</source>
        <translation>%1 的口令错误。</translation>
    </message>
    <message>
        <source>%1 is encrypted with a passphrase; none was given.</source>
        <translation>%1 使用口令加密，但未提供口令。</translation>
    </message>
    <message>
        <source>%1 is encrypted to age recipients, not with a passphrase; no identity was given.</source>
        <translation>%1 是针对 age 接收方加密的，而非使用口令；但未提供身份文件。</translation>
    </message>
    <message>
        <source>No identity matches a recipient of %1.</source>
        <translation>没有与 %1 的接收方匹配的身份。</translation>
    </message>
    <message>
        <source>The header MAC of %1 does not match: the header was altered.</source>
        <translation>%1 的文件头 MAC 不匹配：文件头已被改动。</translation>
    </message>
    <message>
        <source>%1 is truncated: the payload is missing.</source>
        <translation>%1 被截断：缺少有效载荷。</translation>
    </message>
    <message>
        <source>Chunk %1 of %2 was altered or the file is truncated.</source>
        <translation>第 %1 块（共 %2 块）已被改动，或文件被截断。</translation>
    </message>
</context>
<context>
    <name>steward::AgeIdentity</name>
    <message>
        <source>Cannot read the identity file: %1</source>
        <translation>无法读取身份文件：%1</translation>
    </message>
    <message>
        <source>This is not an age identity file (larger than 1 MiB).</source>
        <translation>这不是 age 身份文件（大于 1 MiB）。</translation>
    </message>
    <message>
        <source>Expected an age X25519 identity (AGE-SECRET-KEY-1…), a comment (#) or a blank line.</source>
        <translation>此处应为 age X25519 身份（AGE-SECRET-KEY-1…）、注释（#）或空行。</translation>
    </message>
    <message>
        <source>The identity file holds no age identity.</source>
        <translation>身份文件中没有 age 身份。</translation>
    </message>
</context>
<context>
    <name>steward::AgeRecipient</name>
    <message>
        <source>An age recipient starts with &quot;age1&quot;.</source>
        <translation>age 接收方以“age1”开头。</translation>
    </message>
    <message>
        <source>The age recipient is not valid Bech32 (a mistyped character or a bad checksum).</source>
        <translation>age 接收方不是有效的 Bech32（有字符输错或校验和错误）。</translation>
    </message>
    <message>
        <source>The age recipient holds %1 bytes; an X25519 key has 32.</source>
        <translation>age 接收方有 %1 个字节；X25519 密钥应为 32 个字节。</translation>
    </message>
</context>
<context>
    <name>steward::AnonymizationProblem</name>
    <message>
        <source>k must be at least 1</source>
        <translation>k 至少为 1</translation>
    </message>
    <message>
        <source>the suppression limit must be between 0% and 100%</source>
        <translation>抑制上限必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>give one weight per quasi-identifier</source>
        <translation>须为每个准标识符各指定一个权重</translation>
    </message>
    <message>
        <source>give one maximum level per quasi-identifier</source>
        <translation>须为每个准标识符各指定一个最高泛化级别</translation>
    </message>
    <message>
        <source>weights must be finite and not negative</source>
        <translation>权重必须是有限的非负数</translation>
    </message>
    <message>
        <source>at least one weight must be positive</source>
        <translation>至少有一个权重须大于 0</translation>
    </message>
    <message>
        <source>quasi-identifier &apos;%1&apos; does not belong to this table</source>
        <translation>准标识符“%1”不属于此表</translation>
    </message>
    <message>
        <source>too many combinations of generalisation levels (more than %1): lower the maximum levels or use fewer quasi-identifiers</source>
        <translation>泛化级别组合过多（超过 %1 种）：请降低最高泛化级别，或减少准标识符</translation>
    </message>
    <message>
        <source>give one lowest level per quasi-identifier</source>
        <translation>须为每个准标识符各指定一个最低泛化级别</translation>
    </message>
    <message>
        <source>the lowest level of &apos;%1&apos; (%2) is outside 0–%3</source>
        <translation>“%1”的最低泛化级别（%2）超出 0–%3 的范围</translation>
    </message>
    <message>
        <source>the average risk must be between 0 and 1</source>
        <translation>平均风险必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be both a quasi-identifier and sensitive</source>
        <translation>“%1”不能既是准标识符又是敏感属性</translation>
    </message>
</context>
<context>
    <name>steward::AnonymizationService</name>
    <message>
        <source>no generalisation reaches k=%1 within the suppression limit</source>
        <translation>在抑制上限内，没有任何泛化方案能达到 k=%1</translation>
    </message>
    <message>
        <source>the anonymization was computed for other data than dataset %1; run it again</source>
        <translation>匿名化结果所依据的数据与数据集“%1”的当前数据不一致；请重新运行</translation>
    </message>
    <message>
        <source>no quasi-identifiers to anonymize</source>
        <translation>没有需要匿名化的准标识符</translation>
    </message>
    <message>
        <source>k must be at least 1</source>
        <translation>k 必须不小于 1</translation>
    </message>
    <message>
        <source>the suppression limit must be a fraction from 0 to 1</source>
        <translation>抑制上限必须是 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>quasi-identifier %1 is given twice</source>
        <translation>准标识符“%1”被重复指定</translation>
    </message>
    <message>
        <source>the weight of %1 must be a number of at least 0</source>
        <translation>%1 的权重必须是不小于 0 的数</translation>
    </message>
    <message>
        <source>the highest level of %1 must be at least 0</source>
        <translation>%1 的最高级别必须不小于 0</translation>
    </message>
    <message>
        <source>%1 cannot be both a quasi-identifier and a sensitive attribute</source>
        <translation>%1 不能既是准标识符又是敏感属性</translation>
    </message>
    <message>
        <source>t of %1 must be from 0 to 1</source>
        <translation>%1 的 t 必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>l of %1 must be at least 1</source>
        <translation>%1 的 l 必须不小于 1</translation>
    </message>
    <message>
        <source>c of %1 must be a number above 0</source>
        <translation>%1 的 c 必须是大于 0 的数</translation>
    </message>
    <message>
        <source>the highest risk must be a fraction above 0, at most 1</source>
        <translation>最高风险必须是大于 0、不超过 1 的比例</translation>
    </message>
    <message>
        <source>the average risk must be a fraction above 0, at most 1</source>
        <translation>平均风险必须是大于 0、不超过 1 的比例</translation>
    </message>
    <message>
        <source>the hierarchy of %1: %2</source>
        <translation>%1 的泛化层次：%2</translation>
    </message>
    <message>
        <source>the stored hierarchy of %1</source>
        <translation>%1 已存储的泛化层次</translation>
    </message>
    <message>
        <source>the rule of %1: %2</source>
        <translation>%1 的规则：%2</translation>
    </message>
    <message>
        <source>the highest level of %1 (%2) is below the level its rule already generalises to (%3)</source>
        <translation>%1 的最高级别（%2）低于其现有规则已泛化到的级别（%3）</translation>
    </message>
    <message>
        <source>no generalisation reaches k=%1 and the privacy models within the suppression limit</source>
        <translation>在抑制上限内，没有任何泛化方案能同时达到 k=%1 和所要求的隐私模型</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>the privacy models leave records out: they need k of at least 2 to be stored</source>
        <translation>隐私模型会排除记录：要存储这样的结果，k 至少应为 2</translation>
    </message>
</context>
<context>
    <name>steward::AttributeGeneralization</name>
    <message numerus="yes">
        <source>field &apos;%1&apos;: %Ln distinct value(s) present in the data are missing from the hierarchy</source>
        <translation>
            <numerusform>字段“%1”：数据中有 %Ln 个不同的值在层级结构中缺失</numerusform>
        </translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: a label at level %2 generalises to two different labels at level %3: a hierarchy must be a tree</source>
        <translation>字段“%1”：级别 %2 上的一个标签泛化到级别 %3 上的两个不同标签：泛化层次必须是树形结构</translation>
    </message>
</context>
<context>
    <name>steward::AuditLog</name>
    <message>
        <source>Project created</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>Dataset imported</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <source>Dataset replaced by a new version</source>
        <translation>用新版本替换数据集</translation>
    </message>
    <message>
        <source>Dataset renamed</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>Dataset deleted</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Fields analysed</source>
        <translation>分析字段</translation>
    </message>
    <message>
        <source>Classification decided</source>
        <translation>确定分类分级</translation>
    </message>
    <message>
        <source>Classification template applied</source>
        <translation>应用分类模板</translation>
    </message>
    <message>
        <source>Classification step undone</source>
        <translation>撤销分类步骤</translation>
    </message>
    <message>
        <source>Classification step redone</source>
        <translation>重做分类步骤</translation>
    </message>
    <message>
        <source>Classification template saved</source>
        <translation>保存分类模板</translation>
    </message>
    <message>
        <source>Classification template deleted</source>
        <translation>删除分类模板</translation>
    </message>
    <message>
        <source>Data dictionary exported</source>
        <translation>导出数据字典</translation>
    </message>
    <message>
        <source>Project secret created</source>
        <translation>创建项目密钥</translation>
    </message>
    <message>
        <source>Project secret restored</source>
        <translation>恢复项目密钥</translation>
    </message>
    <message>
        <source>Masking rules changed</source>
        <translation>更改脱敏规则</translation>
    </message>
    <message>
        <source>Suggested masking rules applied</source>
        <translation>应用建议的脱敏规则</translation>
    </message>
    <message>
        <source>Masking preset applied</source>
        <translation>应用脱敏预设</translation>
    </message>
    <message>
        <source>Record suppression changed</source>
        <translation>更改记录抑制设置</translation>
    </message>
    <message>
        <source>Masking rule set saved</source>
        <translation>保存脱敏规则集</translation>
    </message>
    <message>
        <source>Masking rule set applied</source>
        <translation>应用脱敏规则集</translation>
    </message>
    <message>
        <source>Masking rule set exported</source>
        <translation>导出脱敏规则集</translation>
    </message>
    <message>
        <source>Masking rule set deleted</source>
        <translation>删除脱敏规则集</translation>
    </message>
    <message>
        <source>Project file compacted</source>
        <translation>项目文件已压缩</translation>
    </message>
    <message>
        <source>Generalisation hierarchy set</source>
        <translation>设置泛化层次</translation>
    </message>
    <message>
        <source>Generalisation hierarchy removed</source>
        <translation>移除泛化层次</translation>
    </message>
    <message>
        <source>Release created</source>
        <translation>创建发布</translation>
    </message>
    <message>
        <source>Release changed</source>
        <translation>更改发布</translation>
    </message>
    <message>
        <source>Release deleted</source>
        <translation>删除发布</translation>
    </message>
    <message>
        <source>Release document saved</source>
        <translation>保存发布文书</translation>
    </message>
    <message>
        <source>Release document refreshed</source>
        <translation>刷新发布文书</translation>
    </message>
    <message>
        <source>Key trusted</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <source>Key no longer trusted</source>
        <translation>不再信任密钥</translation>
    </message>
    <message>
        <source>Release submitted for review</source>
        <translation>提交发布以供审核</translation>
    </message>
    <message>
        <source>Review decision recorded</source>
        <translation>记录审核决定</translation>
    </message>
    <message>
        <source>Release approved</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <source>Release rejected</source>
        <translation>驳回发布</translation>
    </message>
    <message>
        <source>Approvals invalidated by a change</source>
        <translation>因内容变更，批准失效</translation>
    </message>
    <message>
        <source>Release package exported</source>
        <translation>导出发布包</translation>
    </message>
    <message>
        <source>Consent register attached</source>
        <translation>附加同意登记</translation>
    </message>
    <message>
        <source>Consent register removed</source>
        <translation>移除同意登记</translation>
    </message>
</context>
<context>
    <name>steward::BagReader</name>
    <message>
        <source>line %1 is empty</source>
        <translation>第 %1 行为空</translation>
    </message>
    <message>
        <source>line %1 is not &quot;checksum path&quot;</source>
        <translation>第 %1 行的格式不是“校验和 路径”</translation>
    </message>
    <message>
        <source>line %1 is not &quot;SHA-256 path&quot;</source>
        <translation>第 %1 行的格式不是“SHA-256 路径”</translation>
    </message>
    <message>
        <source>cannot read %1 in the package</source>
        <translation>无法读取发布包中的 %1</translation>
    </message>
    <message>
        <source>%1 is damaged in the zip</source>
        <translation>zip 中的 %1 已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged in the zip (CRC)</source>
        <translation>zip 中的 %1 已损坏（CRC 错误）</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is encrypted: a passphrase or an age identity is needed to open it</source>
        <translation>%1 已加密：需要口令或 age 身份才能打开</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>无法在 %1 中创建临时文件</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1</source>
        <translation>无法在 %1 中写入临时文件</translation>
    </message>
    <message>
        <source>%1 is not a zip file</source>
        <translation>%1 不是 zip 文件</translation>
    </message>
    <message>
        <source>%1 is an empty zip file</source>
        <translation>%1 是空的 zip 文件</translation>
    </message>
    <message>
        <source>the package holds an unsafe path: %1</source>
        <translation>发布包中含有不安全的路径：%1</translation>
    </message>
    <message>
        <source>%1 is not inside the bag&apos;s one top-level folder</source>
        <translation>%1 不在 bag 唯一的顶层文件夹中</translation>
    </message>
    <message>
        <source>the package has more than one top-level folder (%1 and %2)</source>
        <translation>发布包有多个顶层文件夹（%1 和 %2）</translation>
    </message>
    <message>
        <source>the package holds %1 twice</source>
        <translation>发布包中 %1 出现了两次</translation>
    </message>
    <message>
        <source>%1 is not a BagIt bag: it has no %2</source>
        <translation>%1 不是 BagIt bag：缺少 %2</translation>
    </message>
    <message>
        <source>the package has no %1</source>
        <translation>发布包中没有 %1</translation>
    </message>
    <message>
        <source>%1 is too large to read whole</source>
        <translation>%1 太大，无法整体读取</translation>
    </message>
    <message>
        <source>is not the BagIt 1.0 declaration (BagIt-Version: 1.0, Tag-File-Character-Encoding: UTF-8)</source>
        <translation>不是 BagIt 1.0 声明（BagIt-Version: 1.0, Tag-File-Character-Encoding: UTF-8）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>两次列出 %1</translation>
    </message>
    <message>
        <source>is listed in %1 but is not in data/</source>
        <translation>列在 %1 中，但不在 data/ 中</translation>
    </message>
    <message>
        <source>is not listed in %1</source>
        <translation>未列在 %1 中</translation>
    </message>
    <message>
        <source>its SHA-256 does not match %1: the file was changed</source>
        <translation>其 SHA-256 与 %1 不符：文件已被改动</translation>
    </message>
    <message>
        <source>is listed in %1 but missing</source>
        <translation>列在 %1 中，但缺失</translation>
    </message>
    <message>
        <source>has no Payload-Oxum</source>
        <translation>缺少 Payload-Oxum</translation>
    </message>
    <message>
        <source>Payload-Oxum %1.%2 does not match the payload (%3 bytes in %4 files)</source>
        <translation>Payload-Oxum %1.%2 与有效载荷不符（%4 个文件共 %3 字节）</translation>
    </message>
    <message>
        <source>is a payload file listed in %1</source>
        <translation>是列在 %1 中的有效载荷文件</translation>
    </message>
</context>
<context>
    <name>steward::BagWriter</name>
    <message>
        <source>cannot add %1 to %2</source>
        <translation>无法将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>cannot write %1 into %2 (disk full?)</source>
        <translation>无法将 %1 写入 %2（磁盘已满？）</translation>
    </message>
    <message>
        <source>the bag&apos;s folder name &quot;%1&quot; is not a single folder name</source>
        <translation>bag 的文件夹名“%1”不是单个文件夹名</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write to the package</source>
        <translation>无法写入发布包</translation>
    </message>
    <message>
        <source>the package is not open for writing</source>
        <translation>发布包未以写入方式打开</translation>
    </message>
    <message>
        <source>an earlier file of the package could not be written</source>
        <translation>发布包中先前的某个文件未能写入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relative path inside the bag</source>
        <translation>“%1”不是 bag 内的相对路径</translation>
    </message>
    <message>
        <source>the bag already has a file %1</source>
        <translation>bag 中已有文件 %1</translation>
    </message>
    <message>
        <source>%1 is written by the bag itself</source>
        <translation>%1 由 bag 自身写入</translation>
    </message>
    <message>
        <source>cannot finish %1 (disk full?)</source>
        <translation>无法完成 %1（磁盘已满？）</translation>
    </message>
</context>
<context>
    <name>steward::ClassificationService</name>
    <message>
        <source>%1, %2, grade %3</source>
        <translation>%1，%2，%3 级</translation>
    </message>
    <message>
        <source>the field&apos;s type changed from %1 to %2 since the decision</source>
        <translation>自做出决定以来，该字段的类型已从 %1 变为 %2</translation>
    </message>
    <message>
        <source>the suggestion changed since the decision: was %1, now %2</source>
        <translation>自做出决定以来，建议已有变化：原为“%1”，现为“%2”</translation>
    </message>
    <message>
        <source>the dataset no longer exists</source>
        <translation>该数据集已不存在</translation>
    </message>
    <message>
        <source>dataset %1 has not been profiled since it was imported; profile it first</source>
        <translation>数据集“%1”自导入以来尚未剖析，请先进行剖析</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>dataset %1 was replaced while it was being profiled; profile it again</source>
        <translation>数据集“%1”在剖析过程中被替换，请重新剖析</translation>
    </message>
    <message>
        <source>the analysis does not match the dataset&apos;s fields</source>
        <translation>分析结果与数据集的字段不一致</translation>
    </message>
    <message>
        <source>no decision given</source>
        <translation>未给出任何决定</translation>
    </message>
    <message>
        <source>field %1 is decided twice in one step</source>
        <translation>字段“%1”在同一步骤中被决定了两次</translation>
    </message>
    <message>
        <source>the grade of field %1 must be a number from 1 to 5</source>
        <translation>字段“%1”的敏感级别必须是 1 到 5 之间的数字</translation>
    </message>
    <message>
        <source>overriding the suggestion for field %1 needs a reason</source>
        <translation>调整字段“%1”的建议时需要说明理由</translation>
    </message>
    <message>
        <source>a dataset cannot take its classification from itself</source>
        <translation>数据集不能沿用其自身的分类分级结果</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>模板需要一个名称</translation>
    </message>
    <message>
        <source>no template named %1</source>
        <translation>没有名为“%1”的模板</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::ClassificationTemplate</name>
    <message>
        <source>field %1: &quot;role&quot; must be one of direct, quasi, sensitive, other</source>
        <translation>字段“%1”：&quot;role&quot; 必须是 direct、quasi、sensitive、other 之一</translation>
    </message>
    <message>
        <source>field %1: &quot;category&quot; must be one of the six category names</source>
        <translation>字段“%1”：&quot;category&quot; 必须是六个类别名称之一</translation>
    </message>
    <message>
        <source>field %1: &quot;grade&quot; must be a number from 1 to 5</source>
        <translation>字段“%1”：&quot;grade&quot; 必须是 1 到 5 之间的数字</translation>
    </message>
    <message>
        <source>not a Steward classification template</source>
        <translation>不是 Steward 分类分级模板</translation>
    </message>
    <message>
        <source>the template was written by a newer Steward (template version %1)</source>
        <translation>该模板由更新版本的 Steward 写入（模板版本 %1）</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a list</source>
        <translation>&quot;fields&quot; 必须是列表</translation>
    </message>
    <message>
        <source>every field needs a &quot;name&quot;</source>
        <translation>每个字段都需要 &quot;name&quot;</translation>
    </message>
    <message>
        <source>field %1 is listed twice</source>
        <translation>字段“%1”被重复列出</translation>
    </message>
</context>
<context>
    <name>steward::Classifier</name>
    <message>
        <source>Header %1 suggests %2, but only %3 of %4 values match</source>
        <translation>表头%1提示为%2，但 %4 个值中只有 %3 个相符</translation>
    </message>
    <message>
        <source>Header %1 suggests %2; the field is empty</source>
        <translation>表头%1提示为%2；该字段为空</translation>
    </message>
    <message>
        <source>Header %1 suggests %2</source>
        <translation>表头%1提示为%2</translation>
    </message>
    <message>
        <source>%1 of %2 values are %3</source>
        <translation>%2 个值中有 %1 个为%3</translation>
    </message>
    <message>
        <source>%1 (header %2)</source>
        <translation>%1（表头%2）</translation>
    </message>
    <message>
        <source>Free text (%1 characters on average, %2 distinct values)</source>
        <translation>自由文本（平均 %1 个字符，%2 个不同值）</translation>
    </message>
    <message>
        <source>; no identifiers found in %1 values</source>
        <translation>；在 %1 个值中未发现标识符</translation>
    </message>
    <message>
        <source>; %1 of %2 values contain %3</source>
        <translation>；%2 个值中有 %1 个包含%3</translation>
    </message>
    <message>
        <source>%1 codes (%2)</source>
        <translation>%1编码（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 values are highly sensitive codes: %3</source>
        <translation>%2 个值中有 %1 个为高度敏感编码：%3</translation>
    </message>
    <message>
        <source>%1 of %2 values mention %3</source>
        <translation>%2 个值中有 %1 个提及%3</translation>
    </message>
    <message>
        <source>; note: %1 of %2 values mention %3</source>
        <translation>；注意：%2 个值中有 %1 个提及%3</translation>
    </message>
    <message>
        <source>the header mentions %1</source>
        <translation>表头提及%1</translation>
    </message>
    <message>
        <source>%1 of %2 values are %3, whatever the header says</source>
        <translation>%2 个值中有 %1 个为%3（无论表头如何）</translation>
    </message>
    <message>
        <source>No header synonym or value pattern recognised</source>
        <translation>未识别出表头同义词或取值模式</translation>
    </message>
    <message>
        <source>The field is empty</source>
        <translation>该字段为空</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more group(s)</source>
        <translation>
            <numerusform>另有 %Ln 组</numerusform>
        </translation>
    </message>
    <message>
        <source>Header %1 suggests %2, but in a sample of %4 values only %3 match</source>
        <translation>表头%1提示为%2，但抽样的 %4 个值中只有 %3 个相符</translation>
    </message>
    <message>
        <source>In a sample of %2 values, %1 are %3</source>
        <translation>抽样的 %2 个值中有 %1 个为%3</translation>
    </message>
    <message>
        <source>; no identifiers found in a sample of %1 values</source>
        <translation>；在抽样的 %1 个值中未发现标识符</translation>
    </message>
    <message>
        <source>; in a sample of %2 values, %1 contain %3</source>
        <translation>；抽样的 %2 个值中有 %1 个包含%3</translation>
    </message>
    <message>
        <source>In a sample of %2 values, %1 are %3, whatever the header says</source>
        <translation>抽样的 %2 个值中有 %1 个为%3（无论表头如何）</translation>
    </message>
</context>
<context>
    <name>steward::ColumnNames</name>
    <message>
        <source>column %1 has no name; it is named &quot;%2&quot;</source>
        <translation>第 %1 列没有名称，已命名为“%2”</translation>
    </message>
    <message>
        <source>column %1 repeats the name &quot;%2&quot;; it is named &quot;%3&quot;</source>
        <translation>第 %1 列与其他列重名“%2”，已改名为“%3”</translation>
    </message>
</context>
<context>
    <name>steward::CompoundFile</name>
    <message>
        <source>the file looks like an Office document but its structure is damaged</source>
        <translation>该文件看似 Office 文档，但其结构已损坏</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the document has no %1 stream</source>
        <translation>该文档没有 %1 数据流</translation>
    </message>
</context>
<context>
    <name>steward::ConsentFilter</name>
    <message>
        <source>read the consent register</source>
        <translation>读取同意登记</translation>
    </message>
</context>
<context>
    <name>steward::ConsentRegisterReader</name>
    <message>
        <source>the consent register is empty: expected a header row naming the columns subject, status, scope and date</source>
        <translation>同意登记为空：应有一个标题行，列名为 subject、status、scope 和 date</translation>
    </message>
    <message>
        <source>the header row has no column %1: expected one named %2</source>
        <translation>标题行中没有 %1 列：应有一列名为 %2</translation>
    </message>
    <message>
        <source>column %1 (%2): expected %3</source>
        <translation>第 %1 列（%2）：应为%3</translation>
    </message>
    <message>
        <source>a subject identifier</source>
        <translation>主体标识符</translation>
    </message>
    <message>
        <source>a consent status: granted, withdrawn or refused (同意, 撤回, 拒绝)</source>
        <translation>同意状态：granted、withdrawn 或 refused（同意、撤回、拒绝）</translation>
    </message>
    <message>
        <source>the purposes consented to, separated by &apos;;&apos; or &apos;,&apos; (or &apos;*&apos; for any purpose)</source>
        <translation>所同意的用途，以“;”或“,”分隔（“*”表示任何用途）</translation>
    </message>
    <message>
        <source>a date such as 2024-01-31, 2024/1/31 or 2024年1月31日</source>
        <translation>日期，例如 2024-01-31、2024/1/31 或 2024年1月31日</translation>
    </message>
</context>
<context>
    <name>steward::ConsentService</name>
    <message>
        <source>cannot read the consent register: %1</source>
        <translation>无法读取同意登记：%1</translation>
    </message>
    <message>
        <source>dataset %1 has no field classified as a patient identifier to match the consent register against: name it with --subject FIELD</source>
        <translation>数据集 %1 中没有被分类为患者标识符的字段，无法与同意登记匹配：请用 --subject FIELD 指定</translation>
    </message>
    <message>
        <source>read the consent register</source>
        <translation>读取同意登记</translation>
    </message>
    <message>
        <source>no consent register file %1</source>
        <translation>同意登记文件 %1 不存在</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>replace the consent register</source>
        <translation>替换同意登记</translation>
    </message>
    <message>
        <source>attach the consent register</source>
        <translation>附加同意登记</translation>
    </message>
    <message>
        <source>store the consent register</source>
        <translation>保存同意登记</translation>
    </message>
    <message>
        <source>count the consent register</source>
        <translation>统计同意登记</translation>
    </message>
    <message>
        <source>dataset %1 has no consent register</source>
        <translation>数据集 %1 没有同意登记</translation>
    </message>
    <message>
        <source>detach the consent register</source>
        <translation>移除同意登记</translation>
    </message>
</context>
<context>
    <name>steward::ContentManifest</name>
    <message>
        <source>dataset %1 of the release no longer exists</source>
        <translation>发布的数据集 %1 已不存在</translation>
    </message>
    <message>
        <source>the release policy</source>
        <translation>发布策略</translation>
    </message>
    <message>
        <source>the release settings</source>
        <translation>发布设置</translation>
    </message>
    <message>
        <source>dataset %1 joined the release</source>
        <translation>数据集 %1 加入了发布</translation>
    </message>
    <message>
        <source>the data of %1</source>
        <translation>%1 的数据</translation>
    </message>
    <message>
        <source>the classification of %1</source>
        <translation>%1 的分类分级</translation>
    </message>
    <message>
        <source>the masking rules of %1</source>
        <translation>%1 的脱敏规则</translation>
    </message>
    <message>
        <source>the hierarchies of %1</source>
        <translation>%1 的泛化层次</translation>
    </message>
    <message>
        <source>the consent register of %1</source>
        <translation>%1 的同意登记</translation>
    </message>
    <message>
        <source>dataset %1 left the release</source>
        <translation>数据集 %1 退出了发布</translation>
    </message>
    <message>
        <source>the data sharing agreement</source>
        <translation>数据共享协议</translation>
    </message>
    <message>
        <source>the impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>the project secret</source>
        <translation>项目密钥</translation>
    </message>
    <message>
        <source>the approvals required</source>
        <translation>所需批准</translation>
    </message>
    <message>
        <source>the release&apos;s content</source>
        <translation>发布的内容</translation>
    </message>
</context>
<context>
    <name>steward::CsvReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>这不是文本文件</translation>
    </message>
    <message>
        <source>unsupported delimiter (use comma, semicolon, tab or pipe)</source>
        <translation>不支持的分隔符（请使用逗号、分号、制表符或竖线）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>NUL character: this is not a text file</source>
        <translation>含有 NUL 字符：这不是文本文件</translation>
    </message>
    <message>
        <source>invalid UTF-16 sequence (an unpaired surrogate or an odd number of bytes)</source>
        <translation>无效的 UTF-16 序列（存在未配对的代理项或字节数为奇数）</translation>
    </message>
    <message>
        <source>quoted field not closed within %1 MiB (unterminated quote?)</source>
        <translation>带引号的字段在 %1 MiB 内未闭合（引号未结束？）</translation>
    </message>
    <message>
        <source>record longer than %1 MiB</source>
        <translation>记录长度超过 %1 MiB</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>带引号的字段未结束</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>右引号后出现意外字符（带引号字段内的引号必须成对书写）</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>无效的 UTF-8 字节序列</translation>
    </message>
    <message>
        <source>invalid GB18030 byte sequence</source>
        <translation>无效的 GB18030 字节序列</translation>
    </message>
</context>
<context>
    <name>steward::DatasetInfo</name>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>steward::DatasetProfiler</name>
    <message>
        <source>a field was not profiled</source>
        <translation>有字段未被剖析</translation>
    </message>
</context>
<context>
    <name>steward::DatasetRiskAnalysis</name>
    <message>
        <source>k must be at least 1</source>
        <translation>k 必须不小于 1</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
</context>
<context>
    <name>steward::DatasetRowSelection</name>
    <message>
        <source>The dataset &quot;%1&quot; has no field %2.</source>
        <translation>数据集“%1”没有第 %2 个字段。</translation>
    </message>
</context>
<context>
    <name>steward::DateLevels</name>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>5-year band</source>
        <translation>5 年段</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>10 年段</translation>
    </message>
    <message>
        <source>month of the date</source>
        <translation>日期所在的月</translation>
    </message>
    <message>
        <source>quarter of the date</source>
        <translation>日期所在的季度</translation>
    </message>
    <message>
        <source>year of the date</source>
        <translation>日期所在的年</translation>
    </message>
    <message>
        <source>5-year band of the date (1965-1969)</source>
        <translation>日期所在的 5 年段（1965-1969）</translation>
    </message>
    <message>
        <source>decade of the date (1960-1969)</source>
        <translation>日期所在的 10 年段（1960-1969）</translation>
    </message>
</context>
<context>
    <name>steward::DelimitedTableReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>malformed quoted field</source>
        <translation>带引号的字段格式错误</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos; in the header</source>
        <translation>表头中没有名为“%1”的列</translation>
    </message>
    <message>
        <source>%1 fields on this line but %2 in the header</source>
        <translation>本行有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>文件没有表头行</translation>
    </message>
</context>
<context>
    <name>steward::DetectorSet</name>
    <message>
        <source>too many detectors: %1 (at most %2)</source>
        <translation>检测器过多：%1 个（最多 %2 个）</translation>
    </message>
</context>
<context>
    <name>steward::DocumentExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not installed; documents need it for Chinese and English text. Install the package fonts-noto-cjk.</source>
        <translation>未安装字体“%1”；文档的中文和英文文字都需要它。请安装软件包 fonts-noto-cjk。</translation>
    </message>
</context>
<context>
    <name>steward::DocumentFacts</name>
    <message>
        <source>stored document facts are damaged: %1</source>
        <translation>保存的文件依据数据已损坏：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is missing or of the wrong type</source>
        <translation>%2的“%1”缺失或类型不正确</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 should hold texts</source>
        <translation>%2的“%1”应为文本列表</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>pseudonymisation</source>
        <translation>假名化</translation>
    </message>
    <message>
        <source>generalisation</source>
        <translation>泛化</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>抑制</translation>
    </message>
    <message>
        <source>masking</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>date shifting</source>
        <translation>日期偏移</translation>
    </message>
    <message>
        <source>minimisation</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>k-anonymity</source>
        <translation>k-匿名</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>access control</source>
        <translation>访问控制</translation>
    </message>
    <message>
        <source> (before measures)</source>
        <translation>（处理前）</translation>
    </message>
    <message>
        <source>k used for %1: %2 → %3</source>
        <translation>%1 采用的 k 值：%2 → %3</translation>
    </message>
    <message>
        <source>Highest prosecutor risk of %1%2: %3 → %4</source>
        <translation>%1%2的最高检察官风险：%3 → %4</translation>
    </message>
    <message>
        <source>Smallest class of %1%2: %3 → %4</source>
        <translation>%1%2的最小等价类：%3 → %4</translation>
    </message>
    <message>
        <source>Records below k in %1%2: %3 → %4</source>
        <translation>%1%2中等价类小于 k 的记录数：%3 → %4</translation>
    </message>
    <message>
        <source>Records suppressed in %1%2: %3 → %4</source>
        <translation>%1%2中被抑制的记录数：%3 → %4</translation>
    </message>
    <message>
        <source>l-diversity of %1%2 changed</source>
        <translation>%1%2的 l-多样性已变化</translation>
    </message>
    <message>
        <source>Risk figures of %1%2 changed</source>
        <translation>%1%2的风险指标已变化</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>文件依据</translation>
    </message>
    <message>
        <source>dataset %1</source>
        <translation>第 %1 个数据集</translation>
    </message>
    <message>
        <source>stored document facts are damaged: dataset %1 is not an object</source>
        <translation>保存的文件依据数据已损坏：第 %1 个数据集不是对象</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>第 %1 个字段</translation>
    </message>
    <message>
        <source>stored document facts are damaged: field %1 is not an object</source>
        <translation>保存的文件依据数据已损坏：第 %1 个字段不是对象</translation>
    </message>
    <message>
        <source>Dataset %1 added</source>
        <translation>新增数据集“%1”</translation>
    </message>
    <message>
        <source>%1 is now version %2 (was %3)</source>
        <translation>“%1”现为第 %2 版（原为第 %3 版）</translation>
    </message>
    <message>
        <source>Records of %1: %2 → %3</source>
        <translation>“%1”的记录数：%2 → %3</translation>
    </message>
    <message>
        <source>Persons in %1: %2 → %3</source>
        <translation>“%1”涉及的人数：%2 → %3</translation>
    </message>
    <message>
        <source>Grade of dataset %1: %2 → %3</source>
        <translation>数据集“%1”的级别：%2 → %3</translation>
    </message>
    <message>
        <source>Quasi-identifiers of %1: %2 → %3</source>
        <translation>“%1”的准标识符：%2 → %3</translation>
    </message>
    <message>
        <source>Sensitive attributes of %1: %2 → %3</source>
        <translation>“%1”的敏感属性：%2 → %3</translation>
    </message>
    <message>
        <source>Dataset %1 removed</source>
        <translation>已移除数据集“%1”</translation>
    </message>
    <message>
        <source>Field %1 added</source>
        <translation>新增字段“%1”</translation>
    </message>
    <message>
        <source>Rule of %1 changed: %2 → %3</source>
        <translation>“%1”的处理规则已更改：%2 → %3</translation>
    </message>
    <message>
        <source>Role of %1 changed: %2 → %3</source>
        <translation>“%1”的角色已更改：%2 → %3</translation>
    </message>
    <message>
        <source>Category of %1 changed: %2 → %3</source>
        <translation>“%1”的类别已更改：%2 → %3</translation>
    </message>
    <message>
        <source>Grade of %1 changed: %2 → %3</source>
        <translation>“%1”的级别已更改：%2 → %3</translation>
    </message>
    <message>
        <source>Type of %1 changed: %2 → %3</source>
        <translation>“%1”的类型已更改：%2 → %3</translation>
    </message>
    <message>
        <source>Classification of %1 confirmed</source>
        <translation>“%1”的分类已确认</translation>
    </message>
    <message>
        <source>Classification of %1 needs a decision again</source>
        <translation>“%1”的分类需要重新确认</translation>
    </message>
    <message>
        <source>Field %1 removed</source>
        <translation>已移除字段“%1”</translation>
    </message>
    <message>
        <source>Highest grade released: %1 → %2</source>
        <translation>对外提供的最高级别：%1 → %2</translation>
    </message>
    <message>
        <source>Measure now in place: %1</source>
        <translation>新增已实施的措施：%1</translation>
    </message>
    <message>
        <source>Measure no longer in place: %1</source>
        <translation>不再实施的措施：%1</translation>
    </message>
    <message>
        <source>Likelihood of re-identification before measures: %1 → %2</source>
        <translation>处理前的重识别可能性：%1 → %2</translation>
    </message>
    <message>
        <source>Likelihood of re-identification after measures: %1 → %2</source>
        <translation>处理后的重识别可能性：%1 → %2</translation>
    </message>
    <message>
        <source>The order of the fields changed</source>
        <translation>字段顺序已变化</translation>
    </message>
    <message>
        <source>stored document facts are damaged: the consent counts of dataset %1 are not readable</source>
        <translation>已保存的文书事实已损坏：数据集 %1 的同意统计无法读取</translation>
    </message>
    <message>
        <source>Consent register of %1 removed</source>
        <translation>已移除 %1 的同意登记</translation>
    </message>
    <message>
        <source>Consent register of %1 attached: %2 records left out</source>
        <translation>已附加 %1 的同意登记：排除 %2 条记录</translation>
    </message>
    <message>
        <source>Records of %1 left out for want of consent: %2 → %3</source>
        <translation>%1 因缺少同意而排除的记录数：%2 → %3</translation>
    </message>
</context>
<context>
    <name>steward::DocumentJson</name>
    <message>
        <source>this is not a Steward document (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>这不是 Steward 文档（&quot;format&quot; 应为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>this file holds another kind of document (&quot;kind&quot; should be &quot;%1&quot;)</source>
        <translation>此文件是另一种文档（&quot;kind&quot; 应为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>&quot;sections&quot; should be a list</source>
        <translation>&quot;sections&quot; 应为列表</translation>
    </message>
    <message>
        <source>a section should be an object</source>
        <translation>章节应为对象</translation>
    </message>
    <message>
        <source>&quot;items&quot; should be a list</source>
        <translation>&quot;items&quot; 应为列表</translation>
    </message>
    <message>
        <source>an item should be an object</source>
        <translation>条目应为对象</translation>
    </message>
    <message>
        <source>an item needs its &quot;key&quot;</source>
        <translation>条目缺少 &quot;key&quot;</translation>
    </message>
    <message>
        <source>unknown item key %1</source>
        <translation>未知的条目键 %1</translation>
    </message>
    <message>
        <source>item %1 appears twice</source>
        <translation>条目 %1 出现了两次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text</source>
        <translation>&quot;%1&quot; 应为文本</translation>
    </message>
    <message>
        <source>&quot;edited&quot; should be true or false</source>
        <translation>&quot;edited&quot; 应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;value&quot; of %1 should be text</source>
        <translation>%1 的 &quot;value&quot; 应为文本</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 只能取以下值之一：%2</translation>
    </message>
    <message>
        <source>%1 should be a date written yyyy-mm-dd</source>
        <translation>%1 应为 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>%1 should be a positive whole number</source>
        <translation>%1 应为正整数</translation>
    </message>
    <message>
        <source>&quot;checked&quot; should be true or false</source>
        <translation>&quot;checked&quot; 应为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;risks&quot; should be a list</source>
        <translation>&quot;risks&quot; 应为列表</translation>
    </message>
    <message>
        <source>a risk should be an object</source>
        <translation>风险应为对象</translation>
    </message>
    <message>
        <source>a risk needs its &quot;key&quot;</source>
        <translation>风险缺少 &quot;key&quot;</translation>
    </message>
    <message>
        <source>risk %1 appears twice</source>
        <translation>风险 %1 出现了两次</translation>
    </message>
    <message>
        <source>&quot;likelihood_derived&quot; should be true or false</source>
        <translation>&quot;likelihood_derived&quot; 应为 true 或 false</translation>
    </message>
    <message>
        <source>%1 of risk %2 should be a rating from 1 to 4</source>
        <translation>风险 %2 的 %1 应为 1 到 4 的等级</translation>
    </message>
    <message>
        <source>&quot;actions&quot; should be a list</source>
        <translation>&quot;actions&quot; 应为列表</translation>
    </message>
    <message>
        <source>an action should be an object</source>
        <translation>措施应为对象</translation>
    </message>
    <message>
        <source>&quot;due&quot; should be a date written yyyy-mm-dd</source>
        <translation>&quot;due&quot; 应为 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>this is not a Steward document (it should be a JSON object)</source>
        <translation>这不是 Steward 文档（应为 JSON 对象）</translation>
    </message>
</context>
<context>
    <name>steward::DocumentKinds</name>
    <message>
        <source>Data sharing agreement</source>
        <translation>数据共享协议</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>个人信息保护影响评估</translation>
    </message>
</context>
<context>
    <name>steward::DocumentService</name>
    <message>
        <source>the stored document content is not readable (%1)</source>
        <translation>项目中保存的文档内容无法读取（%1）</translation>
    </message>
    <message>
        <source>release %1 is not stored in the project</source>
        <translation>发布 %1 未保存在项目中</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 只能取以下值之一：%2</translation>
    </message>
    <message>
        <source>%1 takes a date written yyyy-mm-dd</source>
        <translation>%1 需要 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>%1 takes a positive whole number</source>
        <translation>%1 需要正整数</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 需要 true 或 false</translation>
    </message>
    <message>
        <source>%1 is generated from the project and cannot be set</source>
        <translation>%1 由项目生成，不能设置</translation>
    </message>
    <message>
        <source>%1 cannot be set as a whole; set its entries (risk.KEY.FIELD, action.N.FIELD)</source>
        <translation>%1 不能整体设置；请逐项设置（risk.KEY.FIELD、action.N.FIELD）</translation>
    </message>
    <message>
        <source>%1: the register has no risk %2 (own risks are named custom.1, custom.2, …)</source>
        <translation>%1：风险登记表中没有风险 %2（自定义风险命名为 custom.1、custom.2……）</translation>
    </message>
    <message>
        <source>%1 is derived from the measured risk figures and cannot be set</source>
        <translation>%1 由实测的风险数据推导得出，不能设置</translation>
    </message>
    <message>
        <source>%1 takes a rating from 1 to 4</source>
        <translation>%1 需要 1 到 4 的等级</translation>
    </message>
    <message>
        <source>%1: the action plan has %2 actions; number a new one %3</source>
        <translation>%1：行动计划共有 %2 项措施；新增措施的编号应为 %3</translation>
    </message>
    <message>
        <source>%1: an action has action, owner and due</source>
        <translation>%1：措施只有 action、owner 和 due 三项</translation>
    </message>
    <message>
        <source>release %1 has no version %2 of its %3</source>
        <translation>发布 %1 的 %3 没有第 %2 版</translation>
    </message>
    <message>
        <source>%1 is not an item of the %2</source>
        <translation>%1 不是 %2 中的条目</translation>
    </message>
</context>
<context>
    <name>steward::DocumentTemplate</name>
    <message>
        <source>no document template in language &apos;%1&apos; (available: %2)</source>
        <translation>没有“%1”语言的文件模板（可用：%2）</translation>
    </message>
    <message>
        <source>the document template %1 is missing from the program</source>
        <translation>程序中缺少文件模板 %1</translation>
    </message>
    <message>
        <source>the document template %1 names another kind or language</source>
        <translation>文件模板 %1 标明的文件类型或语言与文件名不符</translation>
    </message>
    <message>
        <source>not a Steward document template (&quot;format&quot; should be &quot;steward-template&quot;)</source>
        <translation>不是 Steward 文件模板（“format”应为“steward-template”）</translation>
    </message>
    <message>
        <source>unsupported template version (this version of Steward reads version 1)</source>
        <translation>不支持的模板版本（此版本的 Steward 只能读取第 1 版）</translation>
    </message>
    <message>
        <source>&quot;kind&quot; should be &quot;dsa&quot; or &quot;dpia&quot;</source>
        <translation>“kind”应为“dsa”或“dpia”</translation>
    </message>
    <message>
        <source>&quot;language&quot; should be one of: %1</source>
        <translation>“language”应为以下之一：%1</translation>
    </message>
    <message>
        <source>the template has no &quot;title&quot;</source>
        <translation>模板缺少“title”</translation>
    </message>
    <message>
        <source>&quot;sections&quot; should be a non-empty list</source>
        <translation>“sections”应为非空列表</translation>
    </message>
    <message>
        <source>every section should be an object</source>
        <translation>每个部分都应为对象</translation>
    </message>
    <message>
        <source>a section has no &quot;key&quot;</source>
        <translation>有一个部分缺少“key”</translation>
    </message>
    <message>
        <source>section key &apos;%1&apos; is used twice</source>
        <translation>部分键“%1”重复使用</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no title</source>
        <translation>部分“%1”缺少标题</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no list of &quot;items&quot;</source>
        <translation>部分“%1”缺少“items”列表</translation>
    </message>
    <message>
        <source>every item of section &apos;%1&apos; should be an object</source>
        <translation>部分“%1”的每个条目都应为对象</translation>
    </message>
    <message>
        <source>an item of section &apos;%1&apos; has no &quot;key&quot;</source>
        <translation>部分“%1”有一个条目缺少“key”</translation>
    </message>
    <message>
        <source>item key &apos;%1&apos; is used twice</source>
        <translation>条目键“%1”重复使用</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an unknown type (expected clause, field, check, generated, risk_register or action_plan)</source>
        <translation>条目“%1”的类型未知（应为 clause、field、check、generated、risk_register 或 action_plan）</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has no label</source>
        <translation>条目“%1”缺少标签</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; names an unknown generator</source>
        <translation>条目“%1”指定了未知的生成器</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has a generator but is not generated</source>
        <translation>条目“%1”指定了生成器，但类型不是 generated</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an unknown &quot;requiredWhen&quot; condition (expected ethics_required, consent or cross_border)</source>
        <translation>条目“%1”的“requiredWhen”条件未知（应为 ethics_required、consent 或 cross_border）</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; has an unknown format (expected date or integer)</source>
        <translation>条目“%1”的格式未知（应为 date 或 integer）</translation>
    </message>
    <message>
        <source>only fields may have choices or a format (item &apos;%1&apos;)</source>
        <translation>只有 field 类型的条目可以设置可选值或格式（条目“%1”）</translation>
    </message>
    <message>
        <source>&quot;phrases&quot; should be an object of texts</source>
        <translation>“phrases”应为由文本组成的对象</translation>
    </message>
    <message>
        <source>phrase &apos;%1&apos; should be a text</source>
        <translation>词句“%1”应为文本</translation>
    </message>
</context>
<context>
    <name>steward::DocumentVersionStore</name>
    <message>
        <source>version %1 of the %2 is not readable: %3</source>
        <translation>%2的第 %1 版无法读取：%3</translation>
    </message>
</context>
<context>
    <name>steward::EncodedTableBuilder</name>
    <message>
        <source>record %1 has %2 cells, %3 expected</source>
        <translation>第 %1 条记录有 %2 个单元格，应为 %3 个</translation>
    </message>
</context>
<context>
    <name>steward::Error</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 (if the file is in GB18030 or GBK, import it with --encoding gb18030)</source>
        <translation>%1（如果文件为 GB18030 或 GBK 编码，请用 --encoding gb18030 导入）</translation>
    </message>
    <message>
        <source>%1 (the file may be in another encoding; choose it with --encoding)</source>
        <translation>%1（文件可能是其他编码，请用 --encoding 指定）</translation>
    </message>
</context>
<context>
    <name>steward::ExportService</name>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>cannot write to the package</source>
        <translation>无法写入发布包</translation>
    </message>
    <message>
        <source>an export needs the steward&apos;s signing key</source>
        <translation>导出需要数据管理员的签名密钥</translation>
    </message>
    <message>
        <source>an export needs the file to write</source>
        <translation>导出需要指定要写入的文件</translation>
    </message>
    <message>
        <source>the key %1 (%2) is not trusted by the project for the role steward</source>
        <translation>项目未将密钥 %1（%2）信任为数据管理员角色</translation>
    </message>
    <message>
        <source>the masking rules need the project secret: give its passphrase</source>
        <translation>脱敏规则需要项目密钥：请提供其口令</translation>
    </message>
    <message>
        <source>release %1 cannot be exported: these gates do not hold: %2</source>
        <translation>发布 %1 无法导出：以下关卡未通过：%2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot create a file in %1</source>
        <translation>无法在 %1 中创建文件</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>cannot encrypt the package in %1</source>
        <translation>无法在 %1 中加密发布包</translation>
    </message>
    <message>
        <source>cannot write %1 (disk full?)</source>
        <translation>无法写入 %1（磁盘已满？）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the masking rules need the project secret, which the project does not have: it must exist before the release is submitted for review (masking the data creates it), then the release is submitted and approved again</source>
        <translation>脱敏规则需要项目密钥，但项目没有密钥：项目密钥必须在发布提交审核之前就已存在（对数据脱敏时会创建），之后须重新提交并批准该发布</translation>
    </message>
    <message>
        <source>release %1 cannot be exported: it is not approved; these gates do not hold: %2</source>
        <translation>发布 %1 无法导出：尚未批准；以下关卡未通过：%2</translation>
    </message>
</context>
<context>
    <name>steward::FieldClassification</name>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>已调整</translation>
    </message>
</context>
<context>
    <name>steward::FieldHierarchy</name>
    <message numerus="yes">
        <source>%n value(s) of field %1 are not in the hierarchy</source>
        <translation>
            <numerusform>字段“%1”有 %n 个值不在泛化层次中</numerusform>
        </translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>the stored hierarchy of %1</source>
        <translation>%1 已存储的泛化层次</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
</context>
<context>
    <name>steward::Generalizer</name>
    <message>
        <source>stored hierarchy</source>
        <translation>项目中保存的泛化层次</translation>
    </message>
    <message>
        <source>value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>the value itself</source>
        <translation>原值本身</translation>
    </message>
    <message>
        <source>every value replaced by *</source>
        <translation>所有值都替换为 *</translation>
    </message>
</context>
<context>
    <name>steward::GroupLevels</name>
    <message>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) defined by the steward</source>
        <translation>
            <numerusform>数据管理员定义的 %n 个分组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::Hierarchy</name>
    <message>
        <source>%1 levels on this line but %2 on line %3: every row of a hierarchy needs the same number of levels</source>
        <translation>本行有 %1 个级别，而第 %3 行有 %2 个：泛化层次的每一行必须有相同的级别数</translation>
    </message>
    <message>
        <source>the hierarchy has no rows</source>
        <translation>泛化层次没有任何行</translation>
    </message>
    <message>
        <source>cannot open the hierarchy file: %1</source>
        <translation>无法打开泛化层次文件：%1</translation>
    </message>
    <message>
        <source>the hierarchy is not valid UTF-8</source>
        <translation>泛化层次文件不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>malformed quoted label</source>
        <translation>带引号的标签格式错误</translation>
    </message>
    <message>
        <source>cannot read the hierarchy file: %1</source>
        <translation>无法读取泛化层次文件：%1</translation>
    </message>
    <message>
        <source>the label at level %1 generalises to a different label at level %2 here than on line %3: a hierarchy must be a tree</source>
        <translation>级别 %1 上的标签在此处泛化到的级别 %2 标签与第 %3 行不同：泛化层次必须是树形结构</translation>
    </message>
</context>
<context>
    <name>steward::HierarchyBuilder</name>
    <message>
        <source>built hierarchy</source>
        <translation>生成的泛化层次</translation>
    </message>
    <message>
        <source>cannot write the hierarchy file: %1</source>
        <translation>无法写入泛化层次文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::HierarchyService</name>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
</context>
<context>
    <name>steward::HierarchySpec</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>a &apos;\&apos; must be followed by the character it escapes</source>
        <translation>“\”之后必须紧跟它所转义的字符</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1必须是数字</translation>
    </message>
    <message>
        <source>expected a width (5) or breaks (0|18|65) for each level, separated by &apos;,&apos;</source>
        <translation>每个级别应为一个宽度（5）或一组分界点（0|18|65），级别之间用“,”分隔</translation>
    </message>
    <message>
        <source>a break</source>
        <translation>分界点</translation>
    </message>
    <message>
        <source>a width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>expected top=N or bottom=N after &apos;;&apos;</source>
        <translation>“;”之后应为 top=N 或 bottom=N</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice</source>
        <translation>“%1”被指定了两次</translation>
    </message>
    <message>
        <source>a number of characters</source>
        <translation>保留的字符数</translation>
    </message>
    <message>
        <source>a number of characters kept must be a whole number from 0 to 1000</source>
        <translation>保留的字符数必须是 0 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>each level must keep fewer characters than the one before it</source>
        <translation>每个级别保留的字符数必须少于前一个级别</translation>
    </message>
    <message>
        <source>expected LABEL=VALUE|VALUE|… for each group</source>
        <translation>每个分组应写成 LABEL=VALUE|VALUE|…</translation>
    </message>
    <message>
        <source>&apos;other&apos; is given twice</source>
        <translation>“other”被指定了两次</translation>
    </message>
    <message>
        <source>a redaction hierarchy needs at least one level (redact:4,3,2)</source>
        <translation>截断泛化层次至少需要一个级别（redact:4,3,2）</translation>
    </message>
    <message>
        <source>redaction level %1 must keep fewer characters than the one before it</source>
        <translation>截断级别 %1 保留的字符数必须少于前一个级别</translation>
    </message>
    <message>
        <source>a grouping needs at least one group</source>
        <translation>分组泛化至少需要一个分组</translation>
    </message>
    <message>
        <source>group %1 has no label</source>
        <translation>第 %1 个分组没有标签</translation>
    </message>
    <message>
        <source>group %1 has the label of an earlier group</source>
        <translation>第 %1 个分组的标签与前面的分组相同</translation>
    </message>
    <message>
        <source>group %1 has no values</source>
        <translation>第 %1 个分组没有任何值</translation>
    </message>
    <message>
        <source>group %1 lists an empty value</source>
        <translation>第 %1 个分组中有空值</translation>
    </message>
    <message>
        <source>group %1 lists a value that is already in another group</source>
        <translation>第 %1 个分组中有一个值已属于另一个分组</translation>
    </message>
    <message>
        <source>the hierarchy has no rows</source>
        <translation>泛化层次没有任何行</translation>
    </message>
    <message>
        <source>%1 takes no parameters</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>date takes no parameter or &apos;decade&apos; (date:decade)</source>
        <translation>date 不接受参数，或只接受“decade”（date:decade）</translation>
    </message>
    <message>
        <source>interval needs its levels, e.g. interval:5,10,20;top=90 or interval:0|18|45|65</source>
        <translation>interval 需要指定级别，例如 interval:5,10,20;top=90 或 interval:0|18|45|65</translation>
    </message>
    <message>
        <source>redact needs the characters kept per level, e.g. redact:4,3,2</source>
        <translation>redact 需要指定每个级别保留的字符数，例如 redact:4,3,2</translation>
    </message>
    <message>
        <source>groups needs its groups, e.g. groups:Surgery=Orthopaedics|Urology;Medicine=Cardiology</source>
        <translation>groups 需要指定分组，例如 groups:外科=骨科|泌尿外科;内科=心内科</translation>
    </message>
    <message>
        <source>an imported hierarchy has no text form: import its file instead</source>
        <translation>导入的泛化层次没有文本形式：请改为导入其文件</translation>
    </message>
    <message>
        <source>expected a hierarchy builder (one of: %1)</source>
        <translation>应指定泛化层次的生成方式（可选：%1）</translation>
    </message>
    <message>
        <source>unknown hierarchy builder &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的泛化层次生成方式“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>a stored table hierarchy needs &quot;rows&quot;</source>
        <translation>保存的表格泛化层次需要 &quot;rows&quot;</translation>
    </message>
    <message>
        <source>each row of a stored hierarchy must be a list of labels</source>
        <translation>保存的泛化层次的每一行必须是标签列表</translation>
    </message>
    <message>
        <source>stored hierarchy</source>
        <translation>项目中保存的泛化层次</translation>
    </message>
    <message>
        <source>a stored hierarchy needs &quot;spec&quot; (its builder and parameters)</source>
        <translation>保存的泛化层次需要 &quot;spec&quot;（生成方式及其参数）</translation>
    </message>
</context>
<context>
    <name>steward::HierarchyStore</name>
    <message>
        <source>the stored hierarchy of field %1 of dataset %2 is not readable</source>
        <translation>数据集“%2”中字段“%1”已存储的泛化层次无法读取</translation>
    </message>
</context>
<context>
    <name>steward::HierarchySuggester</name>
    <message>
        <source>dates: day, month, quarter, year, 5-year band, then *</source>
        <translation>日期：日、月、季度、年、5 年段，最后为 *</translation>
    </message>
    <message>
        <source>birth dates: day, month, quarter, year, 5-year band, decade, then *</source>
        <translation>出生日期：日、月、季度、年、5 年段、10 年段，最后为 *</translation>
    </message>
    <message>
        <source>ages: 5-, 10- and 20-year bands, 90 and over together, then *</source>
        <translation>年龄：5 岁、10 岁、20 岁分段，90 岁及以上合并，最后为 *</translation>
    </message>
    <message>
        <source>postal codes: redacted from the right, keeping 4, 3 then 2 digits, then *</source>
        <translation>邮政编码：从右侧截断，依次保留 4、3、2 位，最后为 *</translation>
    </message>
    <message>
        <source>resident ID numbers or region codes: county, city, province, then *</source>
        <translation>居民身份证号码或行政区划代码：县、市、省，最后为 *</translation>
    </message>
    <message>
        <source>phone numbers: redacted from the right, keeping 7 then 3 digits, then *</source>
        <translation>电话号码：从右侧截断，依次保留 7、3 位，最后为 *</translation>
    </message>
    <message>
        <source>ICD-10 codes: category, block, chapter, then *</source>
        <translation>ICD-10 编码：类目、节、章，最后为 *</translation>
    </message>
    <message>
        <source>numbers from %1 to %2: intervals of width %3, then *</source>
        <translation>%1 到 %2 的数值：宽度依次为 %3 的区间，最后为 *</translation>
    </message>
    <message>
        <source>no built-in hierarchy fits: the value or *; group values in the hierarchy editor</source>
        <translation>没有合适的内置泛化层次：原值或 *；可在泛化层次编辑器中对取值分组</translation>
    </message>
</context>
<context>
    <name>steward::HmacSha256</name>
    <message>
        <source>HMAC is not available in this OpenSSL build.</source>
        <translation>此 OpenSSL 构建中没有 HMAC。</translation>
    </message>
    <message>
        <source>Could not create an HMAC context.</source>
        <translation>无法创建 HMAC 上下文。</translation>
    </message>
    <message>
        <source>Could not key the HMAC context.</source>
        <translation>无法为 HMAC 上下文设置密钥。</translation>
    </message>
    <message>
        <source>Could not copy an HMAC context.</source>
        <translation>无法复制 HMAC 上下文。</translation>
    </message>
</context>
<context>
    <name>steward::Icd10Levels</name>
    <message>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>block</source>
        <translation>节</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>ICD-10 category (3 characters)</source>
        <translation>ICD-10 类目（3 位）</translation>
    </message>
    <message>
        <source>ICD-10 block (I20-I25)</source>
        <translation>ICD-10 节（I20-I25）</translation>
    </message>
    <message>
        <source>ICD-10 chapter (I00-I99)</source>
        <translation>ICD-10 章（I00-I99）</translation>
    </message>
</context>
<context>
    <name>steward::ImportOptions</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
</context>
<context>
    <name>steward::ImportPreview</name>
    <message>
        <source>the record has %1 fields; the first record has %2</source>
        <translation>该记录有 %1 个字段，而第一条记录有 %2 个</translation>
    </message>
    <message>
        <source>the file contains no records</source>
        <translation>文件中没有记录</translation>
    </message>
    <message>
        <source>the file has %1 columns; at most %2 are supported</source>
        <translation>文件有 %1 列，最多支持 %2 列</translation>
    </message>
    <message>
        <source>a dataset named %1 already exists</source>
        <translation>名为“%1”的数据集已存在</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
</context>
<context>
    <name>steward::IntervalLevels</name>
    <message>
        <source>width %1</source>
        <translation>宽度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n 个分界点</numerusform>
        </translation>
    </message>
    <message>
        <source>intervals of width %1</source>
        <translation>宽度为 %1 的区间</translation>
    </message>
    <message numerus="yes">
        <source>intervals between %n break(s)</source>
        <translation>
            <numerusform>%n 个分界点划分的区间</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 and over together</source>
        <translation>，%1 及以上合并</translation>
    </message>
    <message>
        <source>, under %1 together</source>
        <translation>，低于 %1 的合并</translation>
    </message>
    <message>
        <source>an interval hierarchy needs at least one level</source>
        <translation>区间泛化层次至少需要一个级别</translation>
    </message>
    <message>
        <source>&apos;top&apos; must be greater than &apos;bottom&apos;</source>
        <translation>“top”必须大于“bottom”</translation>
    </message>
    <message>
        <source>interval level %1: a width must be greater than 0</source>
        <translation>区间级别 %1：宽度必须大于 0</translation>
    </message>
    <message>
        <source>interval level %1 has neither a width nor breaks</source>
        <translation>区间级别 %1 既没有宽度也没有分界点</translation>
    </message>
    <message>
        <source>interval level %1: breaks must be numbers in increasing order</source>
        <translation>区间级别 %1：分界点必须是按递增顺序排列的数字</translation>
    </message>
    <message>
        <source>interval level %1 does not nest in level %2: every break of a level must also be a break of the level before it</source>
        <translation>区间级别 %1 不能嵌套在级别 %2 之中：每个级别的分界点也必须是前一个级别的分界点</translation>
    </message>
</context>
<context>
    <name>steward::JsonText</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>steward::MaskPlan</name>
    <message>
        <source>there is no field &apos;%1&apos; to mask</source>
        <translation>没有要脱敏的字段“%1”</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has more than one masking rule</source>
        <translation>字段“%1”有不止一条脱敏规则</translation>
    </message>
    <message>
        <source>%1 needs the project secret: give the passphrase</source>
        <translation>%1 需要项目密钥：请提供口令</translation>
    </message>
    <message>
        <source>rule for field &apos;%1&apos;: %2</source>
        <translation>字段“%1”的规则：%2</translation>
    </message>
    <message>
        <source>shift needs subject=FIELD, the field that identifies the patient (its dates all move by the same offset)</source>
        <translation>shift 需要 subject=FIELD，即标识患者的字段（同一患者的所有日期按相同的偏移量平移）</translation>
    </message>
    <message>
        <source>the subject field &apos;%1&apos; of shift is not a column</source>
        <translation>shift 的 subject 字段“%1”不是表中的列</translation>
    </message>
    <message>
        <source>bottomcode needs min=N</source>
        <translation>bottomcode 需要 min=N</translation>
    </message>
    <message>
        <source>recode needs table=FILE (two columns: value, replacement) or table=builtin:icd10-category / builtin:icd10-chapter</source>
        <translation>recode 需要 table=FILE（两列：原值、替换值）或 table=builtin:icd10-category / builtin:icd10-chapter</translation>
    </message>
    <message>
        <source>parameter &apos;level&apos; of hierarchy is %1 but the hierarchy has levels 0 to %2</source>
        <translation>hierarchy 的参数“level”为 %1，但该泛化层次只有 0 到 %2 级</translation>
    </message>
    <message>
        <source>unknown masking operator</source>
        <translation>未知的脱敏方法</translation>
    </message>
    <message>
        <source>hierarchy needs file=FILE (rows value;level1;…;*) or builder=SPEC (date, interval:…, redact:…, region, icd10, flat, groups:…), or a hierarchy stored in the project for this field</source>
        <translation>hierarchy 需要 file=FILE（每行格式为 value;level1;…;*）或 builder=SPEC（date、interval:…、redact:…、region、icd10、flat、groups:…），或项目中为该字段保存的泛化层次</translation>
    </message>
</context>
<context>
    <name>steward::MaskPresets</name>
    <message>
        <source>HIPAA Safe Harbor</source>
        <translation>HIPAA 安全港</translation>
    </message>
    <message>
        <source>GB/T 39725 controlled release</source>
        <translation>GB/T 39725 受控发布</translation>
    </message>
    <message>
        <source>Removes the 18 HIPAA identifier kinds: identifiers are dropped (the subject key too, unless a keyed pseudonym is chosen), dates are cut to the year, ages of 90 and over become &quot;90+&quot;, postal codes keep their first 3 digits and free text is scrubbed. Check that each 3-digit area has more than 20,000 people.</source>
        <translation>移除 HIPAA 规定的 18 类标识符：删除标识符（主体键也一并删除，除非选择带密钥的假名），日期截取到年份，90 岁及以上的年龄变为“90+”，邮政编码保留前 3 位，自由文本经过清洗。请确认每个 3 位邮编区域的人口均超过 20,000 人。</translation>
    </message>
    <message>
        <source>For a controlled release: identifiers are dropped except the subject key, which becomes a keyed pseudonym; birth dates are cut to the year, other dates shifted per subject; ages in 5-year bands with 90 and over together; postal codes keep 3 digits, resident IDs their city region; addresses are redacted; ICD-10 diagnosis codes are cut to their category; free text is scrubbed.</source>
        <translation>用于受控发布：删除标识符（主体键除外，主体键转为带密钥的假名）；出生日期截取到年份，其他日期按主体进行偏移；年龄按 5 岁分段，90 岁及以上合为一段；邮政编码保留 3 位，居民身份证号保留其所属城市的区划代码；地址予以遮蔽；ICD-10 诊断编码截取到类目；自由文本经过清洗。</translation>
    </message>
</context>
<context>
    <name>steward::MaskRule</name>
    <message>
        <source>a masking rule needs an operator (one of: %1)</source>
        <translation>脱敏规则需要指定脱敏方法（可选：%1）</translation>
    </message>
    <message>
        <source>unknown masking operator &apos;%1&apos; (expected one of: %2)</source>
        <translation>未知的脱敏方法“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>expected a parameter name (K=V) after &apos;:&apos; or &apos;,&apos;</source>
        <translation>在 &quot;:&quot; 或 &quot;,&quot; 之后应为参数名（K=V）</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value (write %1=VALUE)</source>
        <translation>参数“%1”没有值（请写成 %1=VALUE）</translation>
    </message>
    <message>
        <source>the quoted value of parameter &apos;%1&apos; is not closed</source>
        <translation>参数“%1”带引号的值未闭合</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after the quoted value of parameter &apos;%1&apos;</source>
        <translation>参数“%1”带引号的值之后应为 &quot;,&quot;</translation>
    </message>
    <message>
        <source>a value of parameter &apos;%1&apos; containing a quote must be quoted as a whole (&quot;…&quot;, inner quotes doubled)</source>
        <translation>参数“%1”的值若含有引号，必须整体加引号（&quot;…&quot;，内部的引号须成对书写）</translation>
    </message>
    <message>
        <source>expected a parameter after &apos;,&apos;</source>
        <translation>在 &quot;,&quot; 之后应为参数</translation>
    </message>
    <message>
        <source>expected FIELD=OPERATOR[:K=V,…] (operators: %1)</source>
        <translation>格式应为 FIELD=OPERATOR[:K=V,…]（脱敏方法：%1）</translation>
    </message>
    <message>
        <source>expected a field name before &apos;=&apos; in FIELD=OPERATOR[:K=V,…]</source>
        <translation>FIELD=OPERATOR[:K=V,…] 中 &quot;=&quot; 之前应为字段名</translation>
    </message>
    <message>
        <source>a masking rule needs &quot;operator&quot;, one of: %1</source>
        <translation>脱敏规则需要 &quot;operator&quot;，可选：%1</translation>
    </message>
    <message>
        <source>&quot;params&quot; of a masking rule must be an object</source>
        <translation>脱敏规则的 &quot;params&quot; 必须是对象</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 must list numbers</source>
        <translation>%2 的参数“%1”必须是数字列表</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 must be a string or a number</source>
        <translation>%2 的参数“%1”必须是字符串或数字</translation>
    </message>
    <message>
        <source>%1 takes no parameters (got &apos;%2&apos;)</source>
        <translation>%1 不接受参数（收到了“%2”）</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2 (allowed: %3)</source>
        <translation>%2 没有参数“%1”（允许的参数：%3）</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 is given twice</source>
        <translation>%2 的参数“%1”被指定了两次</translation>
    </message>
    <message>
        <source>bands takes either &apos;width&apos; or &apos;breaks&apos;, not both</source>
        <translation>bands 只能指定 width 或 breaks 之一，不能同时指定</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; of %2 %3</source>
        <translation>%2 的参数“%1”%3</translation>
    </message>
    <message>
        <source>must be exactly one character</source>
        <translation>必须恰好是一个字符</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>必须是大于 0 的数字</translation>
    </message>
    <message>
        <source>must be a comma-separated list of numbers</source>
        <translation>必须是以逗号分隔的数字列表</translation>
    </message>
    <message>
        <source>must list numbers in increasing order</source>
        <translation>中的数字必须按递增顺序排列</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 (at character %2)</source>
        <translation>%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>hierarchy takes either &apos;file&apos; or &apos;builder&apos;, not both</source>
        <translation>hierarchy 只能指定 file 或 builder 之一，不能同时指定</translation>
    </message>
    <message>
        <source>parameter &apos;builder&apos; of hierarchy: %1</source>
        <translation>hierarchy 的参数“builder”：%1</translation>
    </message>
</context>
<context>
    <name>steward::MaskRuleStore</name>
    <message>
        <source>the stored masking rule of field %1 of dataset %2 is not readable: %3</source>
        <translation>数据集“%2”中字段“%1”已保存的脱敏规则无法读取：%3</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>field %1 is given more than once</source>
        <translation>字段“%1”被重复指定</translation>
    </message>
</context>
<context>
    <name>steward::MaskTemplate</name>
    <message>
        <source>not a Steward masking template (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>不是 Steward 脱敏模板（&quot;format&quot; 必须为 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>the template was written by a newer Steward (template version %1)</source>
        <translation>该模板由更新版本的 Steward 写入（模板版本 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; 必须是文本</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list</source>
        <translation>&quot;rules&quot; 必须是列表</translation>
    </message>
    <message>
        <source>rule %1: must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;params&quot;</source>
        <translation>规则 %1：必须是包含 &quot;field&quot;、&quot;operator&quot; 和 &quot;params&quot; 的对象</translation>
    </message>
    <message>
        <source>rule %1: needs a &quot;field&quot; (the field name)</source>
        <translation>规则 %1：需要 &quot;field&quot;（字段名）</translation>
    </message>
    <message>
        <source>rule %1: field %2 has a rule already</source>
        <translation>规则 %1：字段“%2”已有规则</translation>
    </message>
    <message>
        <source>rule %1 (field %2): needs an &quot;operator&quot;</source>
        <translation>规则 %1（字段“%2”）：需要 &quot;operator&quot;</translation>
    </message>
    <message>
        <source>rule %1 (field %2): &quot;params&quot; must be an object</source>
        <translation>规则 %1（字段“%2”）：&quot;params&quot; 必须是对象</translation>
    </message>
    <message>
        <source>rule %1 (field %2): %3</source>
        <translation>规则 %1（字段“%2”）：%3</translation>
    </message>
    <message>
        <source>&quot;record_suppression&quot; needs &quot;k&quot; (a whole number of at least 2), &quot;quasi&quot; (a non-empty list of field names) and optionally &quot;max_fraction&quot; (0 to 1)</source>
        <translation>&quot;record_suppression&quot; 需要 &quot;k&quot;（不小于 2 的整数）、&quot;quasi&quot;（非空的字段名列表），以及可选的 &quot;max_fraction&quot;（0 到 1）</translation>
    </message>
    <message>
        <source>template %1: the rule of field %2 reads %3, which does not exist (any more)</source>
        <translation>模板“%1”：字段“%2”的规则读取的 %3 不存在（或已不存在）</translation>
    </message>
    <message>
        <source>template %1: the rule of field %2 shifts dates per %3, which is not a field of the dataset</source>
        <translation>模板“%1”：字段“%2”的规则按“%3”偏移日期，但该数据集中没有此字段</translation>
    </message>
</context>
<context>
    <name>steward::MaskTemplateStore</name>
    <message>
        <source>the masking template needs a name</source>
        <translation>脱敏模板需要名称</translation>
    </message>
    <message>
        <source>no masking template named %1</source>
        <translation>没有名为“%1”的脱敏模板</translation>
    </message>
</context>
<context>
    <name>steward::MaskedCsvWriter</name>
    <message>
        <source>the project secret is locked</source>
        <translation>项目密钥尚未解锁</translation>
    </message>
    <message>
        <source>cannot write the masked data: %1</source>
        <translation>无法写入脱敏数据：%1</translation>
    </message>
</context>
<context>
    <name>steward::Migrations</name>
    <message>
        <source>cannot migrate the project from schema %1 down to %2</source>
        <translation>无法将项目从架构版本 %1 降级到 %2</translation>
    </message>
    <message>
        <source>no migration from project schema %1</source>
        <translation>没有从项目架构版本 %1 升级的迁移</translation>
    </message>
    <message>
        <source>migration of the project schema from %1 to %2 failed: %3</source>
        <translation>项目架构从版本 %1 迁移到 %2 失败：%3</translation>
    </message>
</context>
<context>
    <name>steward::Minisign</name>
    <message>
        <source>the data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>%1 is signed by another key (fingerprint %2, expected %3)</source>
        <translation>%1 由另一个密钥签名（指纹 %2，预期为 %3）</translation>
    </message>
    <message>
        <source>BLAKE2b-512 is not available in this OpenSSL</source>
        <translation>此 OpenSSL 不支持 BLAKE2b-512</translation>
    </message>
    <message>
        <source>the signature of %1 uses an unknown algorithm</source>
        <translation>%1 的签名使用了未知算法</translation>
    </message>
    <message>
        <source>the signature does not match %1</source>
        <translation>签名与 %1 不符</translation>
    </message>
    <message>
        <source>the trusted comment of the signature of %1 was altered</source>
        <translation>%1 签名中的可信注释已被改动</translation>
    </message>
</context>
<context>
    <name>steward::Minisignature</name>
    <message>
        <source>expected &quot;untrusted comment:&quot; of a minisign signature</source>
        <translation>此处应为 minisign 签名的“untrusted comment:”</translation>
    </message>
    <message>
        <source>expected the base64 line of a minisign signature</source>
        <translation>此处应为 minisign 签名的 base64 行</translation>
    </message>
    <message>
        <source>the signature is not valid base64</source>
        <translation>签名不是有效的 base64</translation>
    </message>
    <message>
        <source>the signature has %1 bytes, expected %2</source>
        <translation>签名有 %1 个字节，应为 %2 个</translation>
    </message>
    <message>
        <source>unknown signature algorithm (&quot;ED&quot; or &quot;Ed&quot; expected)</source>
        <translation>未知的签名算法（应为“ED”或“Ed”）</translation>
    </message>
    <message>
        <source>expected &quot;trusted comment:&quot; of a minisign signature</source>
        <translation>此处应为 minisign 签名的“trusted comment:”</translation>
    </message>
    <message>
        <source>expected the base64 line of the global signature</source>
        <translation>此处应为全局签名的 base64 行</translation>
    </message>
    <message>
        <source>the global signature is not valid base64</source>
        <translation>全局签名不是有效的 base64</translation>
    </message>
    <message>
        <source>the global signature has %1 bytes, expected 64</source>
        <translation>全局签名有 %1 个字节，应为 64 个</translation>
    </message>
    <message>
        <source>expected the end of the signature</source>
        <translation>此处应为签名的结尾</translation>
    </message>
</context>
<context>
    <name>steward::PackageVerifier</name>
    <message>
        <source>is not in the form its signer writes</source>
        <translation>格式与其签名人写入的格式不符</translation>
    </message>
    <message>
        <source>its untrusted comment was altered</source>
        <translation>其不可信注释已被改动</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>the steward&apos;s public key is missing</source>
        <translation>缺少数据管理员的公钥</translation>
    </message>
    <message>
        <source>is missing: the package is not signed</source>
        <translation>缺失：发布包未签名</translation>
    </message>
    <message>
        <source>the package is not signed</source>
        <translation>发布包未签名</translation>
    </message>
    <message>
        <source>the steward&apos;s signature does not verify: %1</source>
        <translation>数据管理员的签名校验未通过：%1</translation>
    </message>
    <message>
        <source>signed in the role &quot;%1&quot;, not as the steward</source>
        <translation>以“%1”角色签名，而非数据管理员</translation>
    </message>
    <message>
        <source>signs %1, which lists every other file&apos;s SHA-256</source>
        <translation>签署了 %1，其中列出所有其他文件的 SHA-256</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>the approval&apos;s signature does not verify: %1</source>
        <translation>批准的签名校验未通过：%1</translation>
    </message>
    <message>
        <source>names the key %1 but is signed with %2</source>
        <translation>指明的密钥为 %1，但实际用 %2 签名</translation>
    </message>
    <message>
        <source>is a rejection, not an approval</source>
        <translation>是驳回，而不是批准</translation>
    </message>
    <message>
        <source>approves other content (%1) than %2 carries (%3)</source>
        <translation>批准的内容（%1）与 %2 所载内容（%3）不同</translation>
    </message>
    <message>
        <source>approves release &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>批准的是发布“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>approves content %1</source>
        <translation>批准内容 %1</translation>
    </message>
    <message>
        <source>is named in %1 but missing</source>
        <translation>在 %1 中列出，但缺失</translation>
    </message>
    <message numerus="yes">
        <source>names %Ln approval(s), the package holds %1</source>
        <translation>
            <numerusform>列出 %Ln 项批准，发布包中有 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by %1 (%2), which is not among the trusted keys for the role %3</source>
        <translation>由 %1（%2）签名，但该密钥不在 %3 角色的受信任密钥之列</translation>
    </message>
    <message numerus="yes">
        <source>requires %n approval(s) by %1, the package holds %2 valid</source>
        <translation>
            <numerusform>需要 %1 的 %n 项批准，包中有效批准为 %2 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::PdfPaginator</name>
    <message>
        <source>Could not start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Could not finish the PDF.</source>
        <translation>无法完成 PDF。</translation>
    </message>
</context>
<context>
    <name>steward::PolicyCheck</name>
    <message>
        <source>The release has no dataset.</source>
        <translation>该发布不含任何数据集。</translation>
    </message>
    <message>
        <source>Dataset %1 of the release no longer exists in the project.</source>
        <translation>该发布的数据集 %1 已不在项目中。</translation>
    </message>
    <message>
        <source>Field %1 of dataset %2 is a direct identifier and leaves unmasked.</source>
        <translation>数据集 %2 的字段 %1 是直接标识符，未经脱敏即被发布。</translation>
    </message>
    <message>
        <source>Field %1 of dataset %2 is grade %3 and leaves unmasked; the policy allows grade %4 at most to leave unmasked.</source>
        <translation>数据集 %2 的字段 %1 为 %3 级，未经脱敏即被发布；该策略只允许不高于 %4 级的字段不脱敏发布。</translation>
    </message>
    <message>
        <source>Field %1 of dataset %2 is free text and leaves (rule %3); the policy allows no free text to leave.</source>
        <translation>数据集 %2 的字段 %1 是自由文本，将被发布（规则 %3）；该策略不允许发布自由文本。</translation>
    </message>
    <message>
        <source>The highest prosecutor risk of dataset %1 is %2 after masking; the policy allows at most %3.</source>
        <translation>数据集 %1 脱敏后的检察官攻击风险最高为 %2；该策略允许的上限为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>The smallest group of records alike on the quasi-identifiers of dataset %1 has %Ln record(s) after masking; the policy needs at least %2 (minimum k).</source>
        <translation>
            <numerusform>数据集 %1 脱敏后，准标识符取值相同的最小记录组只有 %Ln 条记录；该策略要求至少 %2 条（最小 k 值）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::PopulationRisk</name>
    <message>
        <source>give either the population size or the sampling fraction</source>
        <translation>请给出总体规模或抽样比例（二者选一）</translation>
    </message>
    <message>
        <source>the sampling fraction must be above 0 and at most 1</source>
        <translation>抽样比例必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>the population (%1) cannot be smaller than the records measured (%2)</source>
        <translation>总体规模（%1）不能小于所度量的记录数（%2）</translation>
    </message>
</context>
<context>
    <name>steward::ProjectFileCheck</name>
    <message>
        <source>not a Steward project</source>
        <translation>不是 Steward 项目</translation>
    </message>
    <message>
        <source>written by a newer version of Steward (schema %1); this version reads schema %2 or older</source>
        <translation>由更新版本的 Steward 写入（架构版本 %1）；此版本只能读取架构版本 %2 及更早版本</translation>
    </message>
    <message>
        <source>the project file is damaged (PRAGMA quick_check failed)</source>
        <translation>项目文件已损坏（PRAGMA quick_check 未通过）</translation>
    </message>
    <message>
        <source>cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::ProjectSecret</name>
    <message>
        <source>The system random number generator failed.</source>
        <translation>系统随机数生成器出错。</translation>
    </message>
    <message>
        <source>A project secret has exactly %1 bytes.</source>
        <translation>项目密钥必须恰好为 %1 字节。</translation>
    </message>
    <message>
        <source>Unsupported scrypt cost for the project secret.</source>
        <translation>项目密钥的 scrypt 开销参数不受支持。</translation>
    </message>
    <message>
        <source>Encrypting the project secret failed.</source>
        <translation>加密项目密钥失败。</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;steward_secret&quot; is missing</source>
        <translation>缺少 &quot;steward_secret&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Steward reads version %2; a newer Steward wrote it?)</source>
        <translation>不支持版本 %1（此版本 Steward 只能读取版本 %2；可能由更新版本的 Steward 写入？）</translation>
    </message>
    <message>
        <source>unsupported key derivation or cipher</source>
        <translation>不支持的密钥派生方法或加密算法</translation>
    </message>
    <message>
        <source>unsupported scrypt parameters</source>
        <translation>不支持的 scrypt 参数</translation>
    </message>
    <message>
        <source>a salt, nonce, tag or ciphertext is malformed</source>
        <translation>盐值、随机数（nonce）、认证标签或密文格式错误</translation>
    </message>
    <message>
        <source>Decrypting the project secret failed.</source>
        <translation>解密项目密钥失败。</translation>
    </message>
    <message>
        <source>Cannot write the secret backup: %1</source>
        <translation>无法写入密钥备份：%1</translation>
    </message>
    <message>
        <source>Cannot write the secret backup %1: %2</source>
        <translation>无法写入密钥备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the secret backup: %1</source>
        <translation>无法读取密钥备份：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the protected project secret was altered.</source>
        <translation>口令错误，或受保护的项目密钥已被篡改。</translation>
    </message>
    <message>
        <source>This is not a readable protected project secret: %1</source>
        <translation>这不是可读取的受保护项目密钥：%1</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL build.</source>
        <translation>此 OpenSSL 构建中没有 scrypt。</translation>
    </message>
    <message>
        <source>Could not set up the key derivation.</source>
        <translation>无法设置密钥派生。</translation>
    </message>
    <message>
        <source>The key derivation failed (out of memory?).</source>
        <translation>密钥派生失败（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>steward::ProjectStore</name>
    <message>
        <source>not a Steward project</source>
        <translation>不是 Steward 项目</translation>
    </message>
    <message>
        <source>no dataset named %1</source>
        <translation>没有名为“%1”的数据集</translation>
    </message>
    <message>
        <source>a dataset named %1 already exists</source>
        <translation>名为“%1”的数据集已存在</translation>
    </message>
    <message>
        <source>the project is in use by another Steward process (PID %1 on host %2)</source>
        <translation>项目正被另一个 Steward 进程使用（主机 %2 上的 PID %1）</translation>
    </message>
    <message>
        <source>the project is in use by another Steward process</source>
        <translation>项目正被另一个 Steward 进程使用</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message>
        <source>cannot switch the project to write-ahead logging</source>
        <translation>无法将项目切换为预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>a leftover file %1 lies next to the new project; move it away first</source>
        <translation>新项目旁边有遗留文件 %1，请先将其移走</translation>
    </message>
    <message>
        <source>cannot create the project file: %1</source>
        <translation>无法创建项目文件：%1</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of the project file</source>
        <translation>无法限制项目文件的访问权限</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the project file is write-protected; Steward needs to write to it</source>
        <translation>项目文件处于写保护状态；Steward 需要写入该文件</translation>
    </message>
    <message>
        <source>the dataset name is empty</source>
        <translation>数据集名称为空</translation>
    </message>
</context>
<context>
    <name>steward::PublicKey</name>
    <message>
        <source>expected a minisign public key, found an empty file</source>
        <translation>应为 minisign 公钥，但文件为空</translation>
    </message>
    <message>
        <source>expected the base64 line of a minisign public key</source>
        <translation>此处应为 minisign 公钥的 base64 行</translation>
    </message>
    <message>
        <source>expected &quot;untrusted comment:&quot; and the base64 line of a minisign public key</source>
        <translation>此处应为 minisign 公钥的“untrusted comment:”和 base64 行</translation>
    </message>
    <message>
        <source>expected the end of the public key</source>
        <translation>此处应为公钥的结尾</translation>
    </message>
    <message>
        <source>the public key is not valid base64</source>
        <translation>公钥不是有效的 base64</translation>
    </message>
    <message>
        <source>the public key has %1 bytes, expected %2</source>
        <translation>公钥有 %1 个字节，应为 %2 个</translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 key (algorithm &quot;Ed&quot; expected)</source>
        <translation>公钥不是 Ed25519 密钥（算法应为“Ed”）</translation>
    </message>
    <message>
        <source>cannot read the public key: %1</source>
        <translation>无法读取公钥：%1</translation>
    </message>
</context>
<context>
    <name>steward::RecodeTable</name>
    <message>
        <source>unknown built-in recode table &apos;%1&apos; (known: builtin:icd10-category, builtin:icd10-chapter)</source>
        <translation>未知的内置重编码表“%1”（可用：builtin:icd10-category、builtin:icd10-chapter）</translation>
    </message>
    <message>
        <source>a recode table has two columns (the value and its replacement), this row has %1</source>
        <translation>重编码表应有两列（原值及其替换值），而本行有 %1 列</translation>
    </message>
    <message>
        <source>this value is listed twice with different replacements</source>
        <translation>此值被列出了两次，且替换值不同</translation>
    </message>
</context>
<context>
    <name>steward::RecordSuppressionStore</name>
    <message>
        <source>the stored record suppression of dataset %1 is not readable</source>
        <translation>数据集“%1”中存储的记录抑制设置无法读取</translation>
    </message>
    <message>
        <source>record suppression needs k of at least 2</source>
        <translation>记录抑制要求 k 不小于 2</translation>
    </message>
    <message>
        <source>record suppression needs at least one quasi-identifier</source>
        <translation>记录抑制至少需要一个准标识符</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
</context>
<context>
    <name>steward::RedactLevels</name>
    <message numerus="yes">
        <source>%n character(s) kept</source>
        <translation>
            <numerusform>保留 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first %n character(s) kept, the rest replaced by *</source>
        <translation>
            <numerusform>保留前 %n 个字符，其余替换为 *</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::RegionLevels</name>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>county code (6 digits)</source>
        <translation>县级代码（6 位）</translation>
    </message>
    <message>
        <source>city code (first 4 digits, then 00)</source>
        <translation>市级代码（前 4 位，后接 00）</translation>
    </message>
    <message>
        <source>province code (first 2 digits, then 0000)</source>
        <translation>省级代码（前 2 位，后接 0000）</translation>
    </message>
</context>
<context>
    <name>steward::Release</name>
    <message>
        <source>name must not be empty</source>
        <translation>name 不能为空</translation>
    </message>
    <message>
        <source>datasets must name at least one dataset (comma-separated)</source>
        <translation>datasets 须至少列出一个数据集（以逗号分隔）</translation>
    </message>
    <message>
        <source>legal_basis must be one of %1, or empty</source>
        <translation>legal_basis 须为 %1 之一，或留空</translation>
    </message>
    <message>
        <source>mode must be one of %1</source>
        <translation>mode 须为 %1 之一</translation>
    </message>
    <message>
        <source>retention_months must be a whole number of months from 0 to 1200 (0 or empty: not set)</source>
        <translation>retention_months 须为 0 到 1200 之间的整数月数（0 或留空表示未设置）</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, or empty</source>
        <translation>%1 须为 YYYY-MM-DD 格式的日期，或留空</translation>
    </message>
    <message>
        <source>lang must be zh_CN or en</source>
        <translation>lang 须为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>unknown setting %1; the settings are %2</source>
        <translation>未知的设置项 %1；可用的设置项为 %2</translation>
    </message>
</context>
<context>
    <name>steward::ReleaseMeasurement</name>
    <message>
        <source>the project secret is locked</source>
        <translation>项目密钥尚未解锁</translation>
    </message>
</context>
<context>
    <name>steward::ReleasePolicy</name>
    <message>
        <source>Highest grade that may leave unmasked</source>
        <translation>可不脱敏发布的最高级别</translation>
    </message>
    <message>
        <source>Minimum k (smallest group of look-alike records)</source>
        <translation>最小 k 值（取值相同的最小记录组）</translation>
    </message>
    <message>
        <source>Highest prosecutor risk</source>
        <translation>检察官攻击风险上限</translation>
    </message>
    <message>
        <source>Ethics approval required</source>
        <translation>需要伦理审批</translation>
    </message>
    <message>
        <source>Free text may leave</source>
        <translation>允许发布自由文本</translation>
    </message>
    <message>
        <source>%1 must be a grade from 1 to 5</source>
        <translation>%1 须为 1 到 5 之间的级别</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 2</source>
        <translation>%1 须为不小于 2 的整数</translation>
    </message>
    <message>
        <source>%1 must be a number above 0 and at most 1, such as 0.2 or 1/3</source>
        <translation>%1 须为大于 0 且不超过 1 的数，例如 0.2 或 1/3</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown policy key %1; the keys are %2</source>
        <translation>未知的策略项 %1；可用的策略项为 %2</translation>
    </message>
    <message>
        <source>the policy value %1 is not valid</source>
        <translation>策略值 %1 无效</translation>
    </message>
    <message>
        <source>Compliance approvals required</source>
        <translation>所需合规批准数</translation>
    </message>
    <message>
        <source>Ethics approvals required</source>
        <translation>所需伦理批准数</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to %2</source>
        <translation>%1 必须是 0 到 %2 之间的整数</translation>
    </message>
</context>
<context>
    <name>steward::ReleaseService</name>
    <message>
        <source>no release named %1</source>
        <translation>没有名为 %1 的发布</translation>
    </message>
    <message>
        <source>a release needs a name</source>
        <translation>发布须有名称</translation>
    </message>
    <message>
        <source>a release name has at most %1 characters</source>
        <translation>发布名称最多 %1 个字符</translation>
    </message>
    <message>
        <source>a release named %1 already exists</source>
        <translation>名为 %1 的发布已存在</translation>
    </message>
    <message>
        <source>release %1 needs at least one dataset</source>
        <translation>发布 %1 须至少包含一个数据集</translation>
    </message>
    <message>
        <source>the language of a release&apos;s documents is zh_CN or en</source>
        <translation>发布文书的语言须为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>the retention period cannot be negative</source>
        <translation>保存期限不能为负数</translation>
    </message>
    <message>
        <source>the end date of release %1 is before its start date</source>
        <translation>发布 %1 的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>no dataset named %1</source>
        <translation>没有名为 %1 的数据集</translation>
    </message>
    <message>
        <source>dataset %1 is named twice in release %2</source>
        <translation>数据集 %1 在发布 %2 中出现了两次</translation>
    </message>
    <message>
        <source>the policy of release %1 is looser than the defaults of its sharing mode for %2; give a reason</source>
        <translation>发布 %1 的策略在 %2 上比其共享模式的默认值宽松；请给出理由</translation>
    </message>
    <message>
        <source>loosening %1 of release %2 needs a reason</source>
        <translation>放宽发布 %2 的 %1 须给出理由</translation>
    </message>
    <message>
        <source>release %1 is %2; only a draft can be deleted</source>
        <translation>发布 %1 的状态为 %2；只能删除草稿</translation>
    </message>
    <message>
        <source>release %1 has been exported and is kept in the register</source>
        <translation>发布 %1 已导出，须保留在登记簿中</translation>
    </message>
</context>
<context>
    <name>steward::ReleaseStatus</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>等另外 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %Ln required item(s) are filled.</source>
        <translation>
            <numerusform>%1：%Ln 个必填项均已填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 required items missing: %4</source>
        <translation>%1：%3 个必填项中缺少 %2 个：%4</translation>
    </message>
    <message>
        <source>%1: not saved yet; drafted from the project as it is now.</source>
        <translation>%1：尚未保存；按项目当前状态起草。</translation>
    </message>
    <message>
        <source>%1: version %2 quotes the project as it is now.</source>
        <translation>%1：第 %2 版引用的是项目的当前状态。</translation>
    </message>
    <message>
        <source>%1: version %2 is out of date: %3</source>
        <translation>%1：第 %2 版已过期：%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s): %1</source>
        <translation>
            <numerusform>%Ln 个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln field(s) are classified and confirmed.</source>
        <translation>
            <numerusform>全部 %Ln 个字段均已分类分级并确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) need a confirmed classification: %1</source>
        <translation>
            <numerusform>%Ln 个字段需要确认分类分级：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a consent register but the release names no purpose to match (set consent_purpose)</source>
        <translation>%1 有同意登记，但发布未指明要匹配的用途（请设置 consent_purpose）</translation>
    </message>
    <message>
        <source>the consent register of %1 matches field %2, which the dataset no longer has</source>
        <translation>%1 的同意登记匹配字段 %2，但数据集中已没有该字段</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 records left out)</source>
        <translation>%1（%3 条记录中排除 %2 条）</translation>
    </message>
    <message>
        <source>No consent register is attached to the release&apos;s datasets.</source>
        <translation>发布的数据集均未附加同意登记。</translation>
    </message>
    <message>
        <source>Records without valid consent for &quot;%1&quot; are left out: %2.</source>
        <translation>未就“%1”给予有效同意的记录已排除：%2。</translation>
    </message>
    <message>
        <source>%1 of %2 compliance and %3 of %4 ethics approvals signed over the current content.</source>
        <translation>针对当前内容已签署的批准：合规 %1/%2，伦理 %3/%4。</translation>
    </message>
    <message>
        <source>Earlier decisions no longer count; changed since the submission: %1.</source>
        <translation>之前的决定不再有效；自提交以来有变化的内容：%1。</translation>
    </message>
    <message>
        <source>Not submitted for review yet.</source>
        <translation>尚未提交审核。</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classification confirmed</source>
        <translation>分类分级已确认</translation>
    </message>
    <message>
        <source>No direct identifier unmasked</source>
        <translation>无未脱敏的直接标识符</translation>
    </message>
    <message>
        <source>Grade ceiling</source>
        <translation>级别上限</translation>
    </message>
    <message>
        <source>Re-identification risk</source>
        <translation>重标识风险</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Agreement complete</source>
        <translation>协议已完整</translation>
    </message>
    <message>
        <source>Agreement up to date</source>
        <translation>协议为最新</translation>
    </message>
    <message>
        <source>Impact assessment complete</source>
        <translation>影响评估已完整</translation>
    </message>
    <message>
        <source>Impact assessment up to date</source>
        <translation>影响评估为最新</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s), all in the project.</source>
        <translation>
            <numerusform>%Ln 个数据集，均在项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>No direct identifier or forbidden free text leaves unmasked.</source>
        <translation>没有直接标识符或禁止发布的自由文本未经脱敏发出。</translation>
    </message>
    <message>
        <source>No field above grade %1 leaves unmasked.</source>
        <translation>没有高于 %1 级的字段未经脱敏发出。</translation>
    </message>
    <message>
        <source>The masked data meets minimum k %1 and prosecutor risk %2.</source>
        <translation>脱敏数据满足最小 k 值 %1 和检察官攻击风险 %2 的要求。</translation>
    </message>
</context>
<context>
    <name>steward::ReleaseStore</name>
    <message>
        <source>the stored release %1 is not readable</source>
        <translation>无法读取已存储的发布 %1</translation>
    </message>
</context>
<context>
    <name>steward::ReviewDecision</name>
    <message>
        <source>not a Steward decision: %1</source>
        <translation>不是 Steward 决定：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>“%1”必须是非空文本</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>“format”必须为“%1”</translation>
    </message>
    <message>
        <source>&quot;content_hash&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>“content_hash”必须是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>&quot;approve&quot; must be true or false</source>
        <translation>“approve”必须为 true 或 false</translation>
    </message>
    <message>
        <source>&quot;sections&quot; must be a list</source>
        <translation>“sections”必须是列表</translation>
    </message>
    <message>
        <source>each section mark must be an object</source>
        <translation>每个章节标记都必须是对象</translation>
    </message>
    <message>
        <source>&quot;mark&quot; must be acceptable, improvable or to_correct</source>
        <translation>“mark”必须为 acceptable、improvable 或 to_correct</translation>
    </message>
    <message>
        <source>&quot;signer&quot; must be an object</source>
        <translation>“signer”必须是对象</translation>
    </message>
    <message>
        <source>&quot;decided_at&quot; must be a date and time (ISO 8601)</source>
        <translation>“decided_at”必须是日期和时间（ISO 8601）</translation>
    </message>
</context>
<context>
    <name>steward::ReviewPackage</name>
    <message>
        <source>%1 is not a review package: it has no %2</source>
        <translation>%1 不是审核包：缺少 %2</translation>
    </message>
    <message>
        <source>%1 is not a review package: %2 is not a JSON object</source>
        <translation>%1 不是审核包：%2 不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a review package of a format this version reads (expected &quot;steward-review/1&quot;)</source>
        <translation>%1 不是此版本可读取格式的审核包（应为“steward-review/1”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was altered and is refused: %2</source>
        <translation>%1 已被改动，已拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>等另外 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>the content hash does not match the content it describes</source>
        <translation>内容哈希与其描述的内容不符</translation>
    </message>
</context>
<context>
    <name>steward::ReviewPackageWriter</name>
    <message>
        <source>%1 (%2 records, %3 of its %4 fields)</source>
        <translation>%1（%2 条记录，%4 个字段中的 %3 个）</translation>
    </message>
    <message numerus="yes">
        <source>Masked health data from %Ln dataset(s): %1.</source>
        <translation>
            <numerusform>来自 %Ln 个数据集的脱敏健康数据：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient is not named yet.</source>
        <translation>尚未指定接收方。</translation>
    </message>
    <message>
        <source>To %1.</source>
        <translation>接收方：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln named user(s) at the recipient.</source>
        <translation>
            <numerusform>接收方的 %Ln 名指定使用人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>No purpose is stated.</source>
        <translation>未说明使用目的。</translation>
    </message>
    <message>
        <source>For: %1.</source>
        <translation>使用目的：%1。</translation>
    </message>
    <message>
        <source>Legal basis: %1.</source>
        <translation>合法性基础：%1。</translation>
    </message>
    <message>
        <source>%1: no field graded above %2 leaves unmasked, every group of look-alike records must hold at least %3 records, and the chance of picking out one person must stay at or below %4.</source>
        <translation>%1：高于 %2 级的字段均须脱敏后发出，每组取值相同的记录至少须有 %3 条，识别出某个人的概率不得超过 %4。</translation>
    </message>
    <message>
        <source>No record is measured: there is no quasi-identifier or no record leaves.</source>
        <translation>未度量任何记录：没有准标识符，或没有记录发出。</translation>
    </message>
    <message>
        <source>After masking, some records are still unique on their identifying characteristics: the highest chance of re-identifying someone is %1 (the policy allows %2).</source>
        <translation>脱敏后，仍有部分记录的可识别特征是唯一的：重标识某人的最高概率为 %1（策略允许 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>After masking, every person shares their identifying characteristics with at least %Ln other record(s); the highest chance of re-identifying someone is %1 (the policy allows %2).</source>
        <translation>
            <numerusform>脱敏后，每个人的可识别特征都至少与另外 %Ln 条记录相同；重标识某人的最高概率为 %1（策略允许 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is above what the policy allows.</source>
        <translation>这超出了策略允许的范围。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>release %1 is not submitted for review (it is %2)</source>
        <translation>发布 %1 未提交审核（其状态为 %2）</translation>
    </message>
    <message>
        <source>release %1 has no submitted content</source>
        <translation>发布 %1 没有已提交的内容</translation>
    </message>
    <message>
        <source>rendering the documents of a review package needs the graphical platform</source>
        <translation>生成审核包中的文书需要图形平台</translation>
    </message>
    <message>
        <source>release %1 changed since it was submitted (%2): submit it again</source>
        <translation>发布 %1 自提交以来已有变化（%2）：请重新提交</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>steward::RiskAnalyzer</name>
    <message>
        <source>k must be at least 1</source>
        <translation>k 至少为 1</translation>
    </message>
    <message>
        <source>give one generalisation level per quasi-identifier</source>
        <translation>须为每个准标识符各指定一个泛化级别</translation>
    </message>
    <message>
        <source>level %1 of &apos;%2&apos; is outside its hierarchy (0–%3)</source>
        <translation>“%2”的级别 %1 超出其泛化层次范围（0–%3）</translation>
    </message>
    <message>
        <source>quasi-identifier &apos;%1&apos; does not belong to this table</source>
        <translation>准标识符“%1”不属于此表</translation>
    </message>
    <message>
        <source>the suppression mask does not match the number of records</source>
        <translation>抑制掩码与记录数不一致</translation>
    </message>
    <message>
        <source>give one weight per quasi-identifier</source>
        <translation>须为每个准标识符各指定一个权重</translation>
    </message>
    <message>
        <source>weights must be finite and not negative</source>
        <translation>权重必须是有限的非负数</translation>
    </message>
    <message>
        <source>at least one weight must be positive</source>
        <translation>至少有一个权重须大于 0</translation>
    </message>
    <message>
        <source>unknown sensitive column</source>
        <translation>未知的敏感列</translation>
    </message>
    <message>
        <source>sensitive figures could not be computed</source>
        <translation>无法计算敏感属性的指标</translation>
    </message>
</context>
<context>
    <name>steward::RowSource</name>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::RuleFileParser</name>
    <message>
        <source>unknown key %1 in %2</source>
        <translation>%2 中有未知的键 %1</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 必须是字符串数组</translation>
    </message>
    <message>
        <source>%1 must be an array of non-empty strings</source>
        <translation>%1 必须是非空字符串数组</translation>
    </message>
    <message>
        <source>%1 must be a string or an object {&quot;en&quot;, &quot;zh&quot;}</source>
        <translation>%1 必须是字符串或对象 {&quot;en&quot;, &quot;zh&quot;}</translation>
    </message>
    <message>
        <source>grade must be a whole number from 1 to 5</source>
        <translation>grade 必须是 1 到 5 的整数</translation>
    </message>
    <message>
        <source>unknown role %1 (direct, quasi, sensitive, other)</source>
        <translation>未知的角色 %1（可用：direct、quasi、sensitive、other）</translation>
    </message>
    <message>
        <source>unknown category %1</source>
        <translation>未知的类别 %1</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须为 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>%1 must be [min, max] with 0 &lt;= min &lt;= max</source>
        <translation>%1 必须为 [min, max]，且 0 &lt;= min &lt;= max</translation>
    </message>
    <message>
        <source>unknown validator %1 (known: %2)</source>
        <translation>未知的校验器 %1（可用：%2）</translation>
    </message>
    <message>
        <source>a pattern must be a string or an object with &quot;regex&quot;</source>
        <translation>模式必须是字符串，或含有 &quot;regex&quot; 的对象</translation>
    </message>
    <message>
        <source>a pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>a pattern needs a non-empty &quot;regex&quot;</source>
        <translation>模式需要非空的 &quot;regex&quot;</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>&quot;first&quot; entries are digit, upper, lower, letter, cjk or one character</source>
        <translation>&quot;first&quot; 的条目只能是 digit、upper、lower、letter、cjk 或单个字符</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 必须是数组</translation>
    </message>
    <message>
        <source>a concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>a concept needs an &quot;id&quot; of lower-case letters, digits and _</source>
        <translation>概念需要由小写字母、数字和 _ 组成的 &quot;id&quot;</translation>
    </message>
    <message>
        <source>new concept %1 needs label, role, category and grade</source>
        <translation>新概念 %1 需要 label、role、category 和 grade</translation>
    </message>
    <message>
        <source>a detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>a detector needs an &quot;id&quot; of lower-case letters, digits and _</source>
        <translation>检测器需要由小写字母、数字和 _ 组成的 &quot;id&quot;</translation>
    </message>
    <message>
        <source>new detector %1 needs concept and label</source>
        <translation>新检测器 %1 需要 concept 和 label</translation>
    </message>
    <message>
        <source>detector %1 refers to unknown concept %2</source>
        <translation>检测器 %1 引用了未知的概念 %2</translation>
    </message>
    <message>
        <source>detector %1 has no patterns</source>
        <translation>检测器 %1 没有任何模式</translation>
    </message>
    <message>
        <source>a sensitive diagnosis group</source>
        <translation>敏感诊断组</translation>
    </message>
    <message>
        <source>a sensitive diagnosis group needs an &quot;id&quot; of lower-case letters, digits and _</source>
        <translation>敏感诊断组需要由小写字母、数字和 _ 组成的 &quot;id&quot;</translation>
    </message>
    <message>
        <source>new sensitive diagnosis group %1 needs a label</source>
        <translation>新敏感诊断组 %1 需要 label</translation>
    </message>
    <message>
        <source>code range %1 must look like &quot;B20&quot; or &quot;B20-B24&quot;</source>
        <translation>编码范围 %1 的格式应为 &quot;B20&quot; 或 &quot;B20-B24&quot;</translation>
    </message>
    <message>
        <source>list names are lower-case letters, digits and _</source>
        <translation>列表名称只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>detector %1 uses in_list but its list %2 does not exist</source>
        <translation>检测器 %1 使用了 in_list，但其列表 %2 不存在</translation>
    </message>
    <message>
        <source>concept %1 refers to unknown detector %2</source>
        <translation>概念 %1 引用了未知的检测器 %2</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>a rule file holds one JSON object</source>
        <translation>规则文件应只包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>the rule file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <source>unsupported rule file version (this Steward reads version 1)</source>
        <translation>不支持的规则文件版本（此版本 Steward 只能读取版本 1）</translation>
    </message>
    <message>
        <source>%1 must be an array of objects</source>
        <translation>%1 必须是对象数组</translation>
    </message>
    <message>
        <source>lists must be an object of string arrays</source>
        <translation>lists 必须是由字符串数组组成的对象</translation>
    </message>
    <message>
        <source>concepts must be an array of objects</source>
        <translation>concepts 必须是对象数组</translation>
    </message>
    <message>
        <source>detectors must be an array of objects</source>
        <translation>detectors 必须是对象数组</translation>
    </message>
    <message>
        <source>sensitive_diagnoses must be an array of objects</source>
        <translation>sensitive_diagnoses 必须是对象数组</translation>
    </message>
</context>
<context>
    <name>steward::RuleSet</name>
    <message>
        <source>cannot read the rule file: %1</source>
        <translation>无法读取规则文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::SampleOptions</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The number of rows must not be negative.</source>
        <translation>行数不能为负数。</translation>
    </message>
    <message>
        <source>The GB18030 encoder is not available in this Qt build.</source>
        <translation>此 Qt 构建中没有 GB18030 编码器。</translation>
    </message>
</context>
<context>
    <name>steward::SensitiveCheck</name>
    <message>
        <source>unknown sensitive column</source>
        <translation>未知的敏感列</translation>
    </message>
    <message>
        <source>l must be at least 1 for &apos;%1&apos;</source>
        <translation>“%1”的 l 必须不小于 1</translation>
    </message>
    <message>
        <source>c must be positive for &apos;%1&apos;</source>
        <translation>“%1”的 c 必须为正数</translation>
    </message>
    <message>
        <source>t must be between 0 and 1 for &apos;%1&apos;</source>
        <translation>“%1”的 t 必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>the suppression mask does not match the number of records</source>
        <translation>抑制掩码与记录数不一致</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds values that are not numbers: use the equal distance for its t-closeness</source>
        <translation>“%1”含有不是数字的值：其 t-接近性请改用等距离度量</translation>
    </message>
</context>
<context>
    <name>steward::SharingModes</name>
    <message>
        <source>Bilateral (one recipient)</source>
        <translation>双边共享（一个接收方）</translation>
    </message>
    <message>
        <source>Multilateral (several recipients)</source>
        <translation>多边共享（多个接收方）</translation>
    </message>
    <message>
        <source>Public access (open data)</source>
        <translation>公开获取（开放数据）</translation>
    </message>
    <message>
        <source>Controlled access (secure enclave)</source>
        <translation>受控访问（安全数据环境）</translation>
    </message>
    <message>
        <source>Federated (only aggregates leave)</source>
        <translation>联邦式（仅汇总结果离开）</translation>
    </message>
    <message>
        <source>A copy of the data goes to one recipient organisation, whose named users work with it under the agreement.</source>
        <translation>数据副本提供给一个接收机构，由其指定用户按照协议使用。</translation>
    </message>
    <message>
        <source>Copies of the data go to several recipient organisations under one agreement, so more people hold the data.</source>
        <translation>数据副本按同一协议提供给多个接收机构，因此持有数据的人更多。</translation>
    </message>
    <message>
        <source>The data is published: anyone may download it, without an agreement or any control over who sees it.</source>
        <translation>数据对外公开：任何人都可下载，没有协议约束，也无法控制谁能看到。</translation>
    </message>
    <message>
        <source>The data stays in a secure enclave run by the provider; named users work with it there and only reviewed outputs leave.</source>
        <translation>数据保留在提供方运行的安全数据环境中；指定用户在其中使用数据，只有经过审核的结果才能带出。</translation>
    </message>
    <message>
        <source>The data never leaves the provider: analyses run where the data is and only aggregate results leave.</source>
        <translation>数据从不离开提供方：分析在数据所在处运行，只有汇总结果离开。</translation>
    </message>
    <message>
        <source>Consent of the individual (PIPL Art. 13(1))</source>
        <translation>取得个人的同意（《个人信息保护法》第十三条第一款第一项）</translation>
    </message>
    <message>
        <source>Necessary for a contract with the individual (PIPL Art. 13(2))</source>
        <translation>为订立、履行个人作为一方当事人的合同所必需（《个人信息保护法》第十三条第一款第二项）</translation>
    </message>
    <message>
        <source>Necessary for a legal duty or obligation (PIPL Art. 13(3))</source>
        <translation>为履行法定职责或者法定义务所必需（《个人信息保护法》第十三条第一款第三项）</translation>
    </message>
    <message>
        <source>Public health emergency, or to protect life, health or property (PIPL Art. 13(4))</source>
        <translation>为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需（《个人信息保护法》第十三条第一款第四项）</translation>
    </message>
    <message>
        <source>Acts in the public interest, within a reasonable scope (PIPL Art. 13(5))</source>
        <translation>为公共利益在合理的范围内处理个人信息（《个人信息保护法》第十三条第一款第五项）</translation>
    </message>
    <message>
        <source>Information the individual made public or that was lawfully made public (PIPL Art. 13(6))</source>
        <translation>在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息（《个人信息保护法》第十三条第一款第六项）</translation>
    </message>
    <message>
        <source>Other circumstances provided by laws and administrative regulations (PIPL Art. 13(7))</source>
        <translation>法律、行政法规规定的其他情形（《个人信息保护法》第十三条第一款第七项）</translation>
    </message>
</context>
<context>
    <name>steward::SheetSelection</name>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>工作簿中没有工作表“%1”；现有工作表：%2</translation>
    </message>
</context>
<context>
    <name>steward::SignedDecision</name>
    <message>
        <source>the decision names signer key %1 but was signed with key %2</source>
        <translation>决定指明的签名人密钥为 %1，但实际用密钥 %2 签名</translation>
    </message>
    <message>
        <source>could not build the decision file %1</source>
        <translation>无法生成决定文件 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a decision file (too large)</source>
        <translation>%1 不是决定文件（文件过大）</translation>
    </message>
    <message>
        <source>the decision file</source>
        <translation>决定文件</translation>
    </message>
    <message>
        <source>%1 is not a decision file (not a zip archive)</source>
        <translation>%1 不是决定文件（不是 zip 归档）</translation>
    </message>
    <message>
        <source>%1 is not a decision file: %2 is missing</source>
        <translation>%1 不是决定文件：缺少 %2</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1：无法读取 %2</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1：%2 过大</translation>
    </message>
    <message>
        <source>%1: %2 is damaged</source>
        <translation>%1：%2 已损坏</translation>
    </message>
</context>
<context>
    <name>steward::SignerRoles</name>
    <message>
        <source>Data steward</source>
        <translation>数据管理员</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Ethics committee</source>
        <translation>伦理委员会</translation>
    </message>
</context>
<context>
    <name>steward::SigningIdentity</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>无法将 %1 设为仅所有者可读</translation>
    </message>
    <message>
        <source>a signing identity needs a name</source>
        <translation>签名身份须有名称</translation>
    </message>
    <message>
        <source>OpenSSL could not generate an Ed25519 key</source>
        <translation>OpenSSL 无法生成 Ed25519 密钥</translation>
    </message>
    <message>
        <source>the key passphrase is empty</source>
        <translation>密钥口令为空</translation>
    </message>
    <message>
        <source>no key to save</source>
        <translation>没有可保存的密钥</translation>
    </message>
    <message>
        <source>the file exists (overwrite it explicitly)</source>
        <translation>文件已存在（须明确指定覆盖）</translation>
    </message>
    <message>
        <source>OpenSSL could not make random bytes</source>
        <translation>OpenSSL 无法生成随机字节</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the private key</source>
        <translation>OpenSSL 无法编码私钥</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the private key</source>
        <translation>OpenSSL 无法加密私钥</translation>
    </message>
    <message>
        <source>OpenSSL could not write the private key</source>
        <translation>OpenSSL 无法写入私钥</translation>
    </message>
    <message>
        <source>cannot read the signing identity: %1</source>
        <translation>无法读取签名身份：%1</translation>
    </message>
    <message>
        <source>expected a passphrase-encrypted private key (%1)</source>
        <translation>应为用口令加密的私钥（%1）</translation>
    </message>
    <message>
        <source>expected a role: %1</source>
        <translation>应为角色：%1</translation>
    </message>
    <message>
        <source>not a Steward signing identity: no encrypted private key found</source>
        <translation>不是 Steward 签名身份：未找到加密的私钥</translation>
    </message>
    <message>
        <source>not a Steward signing identity: the &quot;Name:&quot; or &quot;Role:&quot; line is missing</source>
        <translation>不是 Steward 签名身份：缺少“Name:”或“Role:”行</translation>
    </message>
    <message>
        <source>the encrypted private key is damaged</source>
        <translation>加密的私钥已损坏</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>%1 的口令错误</translation>
    </message>
    <message>
        <source>the private key is not an Ed25519 key</source>
        <translation>私钥不是 Ed25519 密钥</translation>
    </message>
    <message>
        <source>OpenSSL could not read the public key</source>
        <translation>OpenSSL 无法读取公钥</translation>
    </message>
    <message>
        <source>the &quot;Fingerprint:&quot; line does not match the key (expected %1)</source>
        <translation>“Fingerprint:”行与密钥不符（应为 %1）</translation>
    </message>
</context>
<context>
    <name>steward::TableLevels</name>
    <message>
        <source>level %1</source>
        <translation>级别 %1</translation>
    </message>
    <message>
        <source>level %1 of the imported hierarchy</source>
        <translation>导入的泛化层次的级别 %1</translation>
    </message>
</context>
<context>
    <name>steward::Taxonomy</name>
    <message>
        <source>Direct identifier</source>
        <translation>直接标识符</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>准标识符</translation>
    </message>
    <message>
        <source>Sensitive attribute</source>
        <translation>敏感属性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Personal attribute</source>
        <translation>个人属性数据</translation>
    </message>
    <message>
        <source>Health status</source>
        <translation>健康状况数据</translation>
    </message>
    <message>
        <source>Medical application</source>
        <translation>医疗应用数据</translation>
    </message>
    <message>
        <source>Medical payment</source>
        <translation>医疗支付数据</translation>
    </message>
    <message>
        <source>Health resource</source>
        <translation>卫生资源数据</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>公共卫生数据</translation>
    </message>
</context>
<context>
    <name>steward::TransparencyReport</name>
    <message>
        <source>released</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>approved, not yet released</source>
        <translation>已批准，尚未发布</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>ethics committee</source>
        <translation>伦理委员会</translation>
    </message>
    <message>
        <source>data steward</source>
        <translation>数据管理员</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Transparency report: data releases of %1</source>
        <translation>透明度报告：%1 的数据发布</translation>
    </message>
    <message>
        <source>Every release of health data from this project: to whom it went, why, which kinds of data, under which sharing arrangement, who approved it (by role) and when it left. The report names no patient and contains no value of the data.</source>
        <translation>本项目每一次健康数据发布的情况：发给了谁、为何发布、涉及哪些类别的数据、采用何种共享方式、由谁（按角色）批准以及何时发出。本报告不指明任何患者，也不含任何数据值。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln release(s). Generated on %1.</source>
        <translation>
            <numerusform>共 %Ln 项发布。生成于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>使用目的</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>合法性基础</translation>
    </message>
    <message>
        <source>Sharing mode</source>
        <translation>共享模式</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln field(s))</source>
        <translation>
            <numerusform>%1（%Ln 个字段）</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period of use</source>
        <translation>使用期限</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核日期</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未提交</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln approval(s)</source>
        <translation>
            <numerusform>%1：%Ln 项批准</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>No data has left for this release.</source>
        <translation>此发布尚无数据发出。</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>发布包 SHA-256</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>recipient&apos;s key</source>
        <translation>接收方的密钥</translation>
    </message>
    <message>
        <source>Each exported package can be verified with its SHA-256 checksum and the signatures it carries.</source>
        <translation>每个导出的发布包都可通过其 SHA-256 校验和及所附签名进行校验。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Transparency report: data releases</source>
        <translation>透明度报告：数据发布</translation>
    </message>
</context>
<context>
    <name>steward::TrustService</name>
    <message>
        <source>read the trusted keys</source>
        <translation>读取受信任的密钥</translation>
    </message>
    <message>
        <source>the trusted key %1 is damaged in the project</source>
        <translation>项目中受信任的密钥 %1 已损坏</translation>
    </message>
    <message>
        <source>not an Ed25519 public key</source>
        <translation>不是 Ed25519 公钥</translation>
    </message>
    <message>
        <source>key %1 is already trusted for the role %2</source>
        <translation>密钥 %1 已被信任为 %2 角色</translation>
    </message>
    <message>
        <source>another key with fingerprint %1 is already trusted</source>
        <translation>已信任另一个指纹为 %1 的密钥</translation>
    </message>
    <message>
        <source>trust a key</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <source>a fingerprint is 16 hexadecimal digits</source>
        <translation>指纹为 16 位十六进制数字</translation>
    </message>
    <message>
        <source>no trusted key has the fingerprint %1</source>
        <translation>没有指纹为 %1 的受信任密钥</translation>
    </message>
    <message>
        <source>remove a trusted key</source>
        <translation>移除受信任的密钥</translation>
    </message>
</context>
<context>
    <name>steward::WholeFile</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>steward::WorkflowService</name>
    <message>
        <source>release %1 cannot be submitted while gates are not met: %2</source>
        <translation>关卡未全部满足时，发布 %1 无法提交：%2</translation>
    </message>
    <message>
        <source>a decision on a release is made by compliance or ethics, not by role %1</source>
        <translation>对发布作出决定的应是合规或伦理角色，而不是 %1 角色</translation>
    </message>
    <message>
        <source>the decision is for release %1, not for %2</source>
        <translation>该决定针对的是发布 %1，而不是 %2</translation>
    </message>
    <message>
        <source>key %1 is not trusted by this project; add it with &quot;trust add&quot;</source>
        <translation>项目不信任密钥 %1；请用“trust add”添加</translation>
    </message>
    <message>
        <source>key %1 is trusted for %2, not for %3</source>
        <translation>密钥 %1 被信任为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>release %1 is a draft, not under review; submit it first</source>
        <translation>发布 %1 是草稿，尚未审核；请先提交</translation>
    </message>
    <message>
        <source>the decision is for other content (%1…) than the submission under review (%2…)</source>
        <translation>该决定针对的内容（%1…）与正在审核的提交内容（%2…）不同</translation>
    </message>
    <message>
        <source>release %1 is under review without a submission</source>
        <translation>发布 %1 正在审核中，但没有提交记录</translation>
    </message>
    <message>
        <source>the masking rules need the project secret, and the project has none yet: give the project passphrase to create it</source>
        <translation>脱敏规则需要项目密钥，而项目尚无密钥：请提供项目口令以创建密钥</translation>
    </message>
</context>
<context>
    <name>steward::XlsReader</name>
    <message>
        <source>not enough memory to read the .xls workbook</source>
        <translation>内存不足，无法读取 .xls 工作簿</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>the file is not a readable Excel 97-2003 workbook (damaged, or an unsupported Office document) [FreeXL error %1]</source>
        <translation>该文件不是可读取的 Excel 97-2003 工作簿（已损坏，或是不受支持的 Office 文档）[FreeXL 错误 %1]</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; cannot be read (the file is damaged)</source>
        <translation>无法读取工作表“%1”（文件已损坏）</translation>
    </message>
    <message>
        <source>row %1, column %2: the cell cannot be read (the file is damaged)</source>
        <translation>第 %1 行第 %2 列：无法读取该单元格（文件已损坏）</translation>
    </message>
    <message>
        <source>row %1: a value in column %2 beyond the %3 columns of the header</source>
        <translation>第 %1 行：第 %2 列有值，超出了表头的 %3 列</translation>
    </message>
    <message>
        <source>the workbook is password-protected; remove the password in the spreadsheet program and import again</source>
        <translation>工作簿受密码保护；请先在电子表格程序中取消密码，再重新导入</translation>
    </message>
</context>
<context>
    <name>steward::XlsxPart</name>
    <message>
        <source>the workbook is incomplete: its part %1 is missing</source>
        <translation>工作簿不完整：缺少部件 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be read</source>
        <translation>工作簿已损坏：无法读取部件 %1</translation>
    </message>
    <message>
        <source>the part %1 ends unexpectedly (the file is truncated or damaged)</source>
        <translation>部件 %1 意外结束（文件被截断或已损坏）</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (the file is damaged)</source>
        <translation>部件 %1 不是格式正确的 XML（文件已损坏）</translation>
    </message>
    <message>
        <source>the part %1 has an unexpected structure</source>
        <translation>部件 %1 的结构不符合预期</translation>
    </message>
    <message>
        <source>the part %1 cannot be read (the file is damaged)</source>
        <translation>无法读取部件 %1（文件已损坏）</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>steward::XlsxReader</name>
    <message>
        <source>the file is not a readable xlsx workbook: its zip archive is damaged or truncated</source>
        <translation>该文件不是可读取的 xlsx 工作簿：其 zip 压缩包已损坏或被截断</translation>
    </message>
    <message>
        <source>invalid cell reference</source>
        <translation>无效的单元格引用</translation>
    </message>
    <message>
        <source>a cell beyond the last column XFD</source>
        <translation>单元格超出了最后一列 XFD</translation>
    </message>
    <message>
        <source>a reference to a missing shared string (the file is damaged)</source>
        <translation>引用了不存在的共享字符串（文件已损坏）</translation>
    </message>
    <message>
        <source>row %1: a value in column %2 beyond the %3 columns of the header</source>
        <translation>第 %1 行：第 %2 列有值，超出了表头的 %3 列</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum mismatch)</source>
        <translation>部件 %1 已损坏（校验和不匹配）</translation>
    </message>
</context>
<context>
    <name>steward::XlsxWorkbook</name>
    <message>
        <source>the file is a zip archive but not an Excel workbook</source>
        <translation>该文件是 zip 压缩包，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
</context>
<context>
    <name>steward::app::GuiCommandLine</name>
    <message>
        <source>User interface language (for example zh_CN or en).</source>
        <translation>界面语言（例如 zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Open the project, paint the first rows, print the time this took on standard error and quit (for benchmarks).</source>
        <translation>打开项目，绘制最前面的若干行，将所用时间输出到标准错误后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>Steward: a workstation for hospital data stewards.</source>
        <translation>Steward：面向医院数据管理员的工作站。</translation>
    </message>
    <message>
        <source>A .steward project to open, a review package (.review.zip) to review, or an export package (.zip, .zip.age) to verify.</source>
        <translation>要打开的 .steward 项目、要审核的审核包（.review.zip），或要校验的导出发布包（.zip、.zip.age）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::AnonymizeCommand</name>
    <message>
        <source>--%1 %2: expected FIELD=VALUE</source>
        <translation>--%1 %2：格式应为 FIELD=VALUE</translation>
    </message>
    <message>
        <source>Find the least-loss generalisation that reaches k-anonymity and store it as the rules.</source>
        <translation>查找达到 k-匿名且信息损失最小的泛化方案，并将其保存为脱敏规则。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>the target k (required)</source>
        <translation>目标 k 值（必填）</translation>
    </message>
    <message>
        <source>percent of the records that may be suppressed (default 0)</source>
        <translation>允许抑制的记录所占百分比（默认 0）</translation>
    </message>
    <message>
        <source>the quasi-identifiers (default: the classification&apos;s)</source>
        <translation>准标识符（默认：取自分类分级结果）</translation>
    </message>
    <message>
        <source>a field&apos;s weight in the loss (default 1); may be repeated</source>
        <translation>字段在信息损失中的权重（默认 1）；可多次指定</translation>
    </message>
    <message>
        <source>the highest level the search may use for a field; may be repeated</source>
        <translation>搜索时字段可使用的最高泛化级别；可多次指定</translation>
    </message>
    <message>
        <source>anonymize needs --k K</source>
        <translation>anonymize 需要 --k K</translation>
    </message>
    <message>
        <source>--max-suppression must be a percentage from 0 to 100</source>
        <translation>--max-suppression 必须是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>field %1 is not one of the quasi-identifiers</source>
        <translation>字段“%1”不是准标识符</translation>
    </message>
    <message>
        <source>no quasi-identifiers: give --quasi</source>
        <translation>没有准标识符：请用 --quasi 指定</translation>
    </message>
    <message>
        <source>--weight %1: expected a number of at least 0</source>
        <translation>--weight %1：应为不小于 0 的数</translation>
    </message>
    <message>
        <source>--max-level %1: expected a level of at least 0</source>
        <translation>--max-level %1：应为不小于 0 的级别</translation>
    </message>
    <message>
        <source>The record suppression (k=%1 over the quasi-identifiers) is stored with the rules: risk and show --masked now leave the suppressed records out.</source>
        <translation>记录抑制（基于准标识符，k=%1）已与规则一同存储：risk 和 show --masked 现在会排除被抑制的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Smallest class %1; %Ln record(s) suppressed; information loss %2</source>
        <translation>
            <numerusform>最小等价类 %1；抑制了 %Ln 条记录；信息损失 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>a field&apos;s value hierarchy, a file or a built-in one; may be repeated</source>
        <translation>字段的值泛化层次，可为文件或内置层级；可多次指定</translation>
    </message>
    <message>
        <source>l-diversity of a sensitive field (distinct, entropy or recursive:C; default distinct); may be repeated</source>
        <translation>敏感字段的 l-多样性（distinct、entropy 或 recursive:C；默认 distinct）；可多次指定</translation>
    </message>
    <message>
        <source>t-closeness of a sensitive field; may be repeated</source>
        <translation>敏感字段的 t-接近性；可多次指定</translation>
    </message>
    <message>
        <source>highest re-identification risk, a fraction (k becomes at least 1/R)</source>
        <translation>最高重识别风险，以比例表示（k 至少为 1/R）</translation>
    </message>
    <message>
        <source>highest average re-identification risk, a fraction</source>
        <translation>最高平均重识别风险，以比例表示</translation>
    </message>
    <message>
        <source>--%1 must be a fraction above 0, at most 1</source>
        <translation>--%1 必须是大于 0、不超过 1 的比例</translation>
    </message>
    <message>
        <source>--l %1: expected L (at least 1), optionally :distinct, :entropy or :recursive:C</source>
        <translation>--l %1：应为 L（不小于 1），可附加 :distinct、:entropy 或 :recursive:C</translation>
    </message>
    <message>
        <source>--t %1: expected T from 0 to 1, optionally :ordered or :equal</source>
        <translation>--t %1：应为 0 到 1 之间的 T，可附加 :ordered 或 :equal</translation>
    </message>
    <message>
        <source>%1 cannot be both a quasi-identifier and a sensitive attribute</source>
        <translation>%1 不能既是准标识符又是敏感属性</translation>
    </message>
    <message>
        <source>--hierarchy %1: %2</source>
        <translation>--hierarchy %1：%2</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>无规则</translation>
    </message>
    <message>
        <source>%1: kept: %2 (its floor, level %3)</source>
        <translation>%1：保留 %2（其下限，第 %3 级）</translation>
    </message>
    <message>
        <source>%1: %2 → kept as it is (level 0)</source>
        <translation>%1：%2 → 保持原值（第 0 级）</translation>
    </message>
    <message>
        <source>%1: %2 → hierarchy %3 (level %4)</source>
        <translation>%1：%2 → 泛化层次 %3（第 %4 级）</translation>
    </message>
    <message>
        <source>Average re-identification risk %1</source>
        <translation>平均重识别风险 %1</translation>
    </message>
    <message>
        <source>%1: largest distance of a class t=%2</source>
        <translation>%1：等价类的最大距离 t=%2</translation>
    </message>
    <message>
        <source>%1: smallest %2 diversity of a class l=%3</source>
        <translation>%1：等价类的最小 %2 多样性 l=%3</translation>
    </message>
    <message>
        <source>Searches the full-domain generalisation lattice of the quasi-identifiers (--quasi, default the classification&apos;s) with their value hierarchies for the transformation reaching --k with the least information loss, suppressing the records of classes still below k (or failing --l or --t) within --max-suppression percent of the records (default 0). A field&apos;s hierarchy is --hierarchy FIELD=FILE (the value;level1;...;* format) or FIELD=BUILDER (date, date:decade, interval:5,10,20;top=90, redact:4,3,2, region, icd10, flat, groups:...), else the one stored with the hierarchy command, else the one Steward suggests from the classification. --l FIELD=L[:distinct|entropy|recursive:C] asks for l-diverse sensitive values per class, --t FIELD=T[:ordered|equal] for t-closeness (ordered for numbers by default); --max-risk R caps the highest re-identification risk (k becomes at least 1/R), --max-average-risk A the average. --weight FIELD=W weights a field&apos;s loss, --max-level FIELD=L caps its generalisation. A field&apos;s stored rule is never weakened: the search starts at the lowest level at least as coarse as the rule, and the rule stays when the result is that level and the rule publishes the same classes. The result becomes the fields&apos; rules (hierarchy:builder=SPEC,level=L, hierarchy:file=FILE,level=L, or the rule kept) and, when records are suppressed, the dataset&apos;s stored record suppression.</source>
        <translation>在准标识符（--quasi，默认取自分类分级结果）的全域泛化格中，按各字段的值泛化层次搜索达到 --k 且信息损失最小的方案；仍小于 k（或不满足 --l、--t）的等价类中的记录会被抑制，但不超过 --max-suppression 所给的记录百分比（默认 0）。字段的泛化层次由 --hierarchy FIELD=FILE（value;level1;...;* 格式）或 FIELD=BUILDER（date、date:decade、interval:5,10,20;top=90、redact:4,3,2、region、icd10、flat、groups:...）指定，否则使用 hierarchy 命令存储的层级，再否则使用 Steward 根据分类分级结果建议的层级。--l FIELD=L[:distinct|entropy|recursive:C] 要求每个等价类的敏感值满足 l-多样性，--t FIELD=T[:ordered|equal] 要求 t-接近性（数值默认按有序距离）；--max-risk R 限制最高重识别风险（k 至少为 1/R），--max-average-risk A 限制平均风险。--weight FIELD=W 设置字段信息损失的权重，--max-level FIELD=L 限制其泛化级别。字段已存储的规则绝不会被削弱：搜索从不比该规则更细的最低级别开始；结果恰为该级别且原规则发布的等价类相同时，原规则保持不变。结果保存为各字段的规则（hierarchy:builder=SPEC,level=L、hierarchy:file=FILE,level=L 或保留原规则）；有记录被抑制时，同时保存为数据集的记录抑制设置。</translation>
    </message>
</context>
<context>
    <name>steward::cli::AuditCommand</name>
    <message>
        <source>List the project&apos;s audit trail: who did what, when.</source>
        <translation>列出项目的审计日志：谁在何时做了什么。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>fail with exit code 4 when the hash chain is broken</source>
        <translation>哈希链断裂时以退出码 4 失败</translation>
    </message>
    <message>
        <source>the audit trail&apos;s hash chain is broken at entry %1: it was altered outside Steward</source>
        <translation>审计日志的哈希链在第 %1 条记录处断裂：日志曾在 Steward 之外被改动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash chain BROKEN at entry %1.</source>
        <translation>哈希链在第 %1 条记录处断裂！</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain intact (%Ln entry(s) checked).</source>
        <translation>
            <numerusform>哈希链完好（已校验 %Ln 条记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry is chained to the previous one by a SHA-256 hash; the chain is always checked and reported (&quot;ok&quot;). With --verify a broken chain is an error (exit code 4). With --csv the entries are written to a CSV file (UTF-8 with BOM, columns id, at, user, action, target, detail, hash) instead of listed, also when the chain is broken.</source>
        <translation>每条记录都通过 SHA-256 哈希与上一条链接；每次都会校验并报告哈希链（&quot;ok&quot;）。使用 --verify 时，哈希链断裂视为错误（退出码 4）。使用 --csv 时，记录不再列出，而是写入 CSV 文件（带 BOM 的 UTF-8，列为 id、at、user、action、target、detail、hash），哈希链断裂时也照样写入。</translation>
    </message>
    <message>
        <source>write the entries to FILE as CSV</source>
        <translation>将记录以 CSV 格式写入 FILE</translation>
    </message>
    <message>
        <source>--csv needs a file name</source>
        <translation>--csv 需要一个文件名</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条审计记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ClassificationCli</name>
    <message>
        <source>profiling: fields %1 of %2</source>
        <translation>正在剖析字段：%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dataset grade: %1 (highest confirmed field grade).</source>
        <translation>数据集敏感级别：%1（已确认字段中的最高级别）。</translation>
    </message>
    <message>
        <source>Dataset grade: none yet (no field is confirmed).</source>
        <translation>数据集敏感级别：暂无（尚无已确认的字段）。</translation>
    </message>
    <message>
        <source>Every field is confirmed.</source>
        <translation>所有字段均已确认。</translation>
    </message>
    <message>
        <source>%1 of %2 fields need a decision (marked *).</source>
        <translation>%2 个字段中有 %1 个待决定（以 * 标记）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1，有变化</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>a rule file (JSON) adding detectors, patterns and header synonyms to the built-in rules, after ~/.config/steward/rules.json and PROJECT.rules.json when they exist; may be repeated</source>
        <translation>规则文件（JSON），在内置规则之外添加检测器、模式和表头同义词，在 ~/.config/steward/rules.json 和 PROJECT.rules.json（若存在）之后加载；可多次指定</translation>
    </message>
    <message numerus="yes">
        <source>Dataset %1 (version %2), %Ln field(s).</source>
        <translation>
            <numerusform>数据集“%1”（版本 %2），共 %Ln 个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ClassifyCommand</name>
    <message>
        <source>Suggest, confirm or override the role, category and grade of each field.</source>
        <translation>为每个字段建议、确认或调整角色、类别和敏感级别。</translation>
    </message>
    <message>
        <source>Each field gets a suggested role (direct, quasi, sensitive, other), category and sensitivity grade 1-5 with a confidence and one line of evidence. A dataset that has not been profiled since its import is profiled first (progress on stderr). Decisions are kept per field name, so they survive import --replace; a confirmed field whose suggestion or type changed since needs a decision again. The dataset grade is the highest confirmed field grade.

--set FIELD=ROLE:GRADE[:CATEGORY] overrides a field and needs --reason (exit code 1 without). --confirm FIELD accepts a field&apos;s suggestion; --confirm all accepts every field that needs a decision and is not set otherwise. --from DATASET or --template FILE takes over the confirmed decisions of another dataset or of a saved template for the fields of the same name; fields that are new or changed stay unconfirmed. An unknown field is bad input (exit code 2). All changes are one transaction with audit entries: a failing command changes nothing.</source>
        <translation>每个字段都会得到建议的角色（direct 直接标识符、quasi 准标识符、sensitive 敏感属性、other 其他）、类别和敏感级别（1–5），并附有置信度和一行依据。自导入以来尚未剖析的数据集会先进行剖析（进度显示在 stderr 上）。决定按字段名保存，因此在 import --replace 之后仍然有效；已确认的字段若其建议或类型此后发生变化，则需要重新决定。数据集的敏感级别为已确认字段中的最高级别。

--set FIELD=ROLE:GRADE[:CATEGORY] 调整一个字段，须同时给出 --reason（否则以退出码 1 失败）。--confirm FIELD 接受某个字段的建议；--confirm all 接受所有待决定且未另行设置的字段。--from DATASET 或 --template FILE 为同名字段沿用另一数据集或已保存模板中已确认的决定；新增或有变化的字段保持未确认状态。未知字段视为输入有误（退出码 2）。所有更改在同一个事务中完成并记入审计日志：命令失败时不做任何更改。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>run the classifier again now (over the cached profiles) and store its suggestions</source>
        <translation>立即重新运行分类器（基于缓存的剖析结果）并保存其建议</translation>
    </message>
    <message>
        <source>override a field&apos;s classification (needs --reason); may be repeated</source>
        <translation>调整字段的分类分级（需要 --reason）；可多次指定</translation>
    </message>
    <message>
        <source>the reason recorded with the decisions</source>
        <translation>随决定一同记录的理由</translation>
    </message>
    <message>
        <source>confirm a field&apos;s suggestion, or &quot;all&quot; fields that need a decision; may be repeated</source>
        <translation>确认某个字段的建议，或用 &quot;all&quot; 确认所有待决定的字段；可多次指定</translation>
    </message>
    <message>
        <source>withdraw the confirmation of a field; may be repeated</source>
        <translation>撤回某个字段的确认；可多次指定</translation>
    </message>
    <message>
        <source>take over the confirmed decisions of another dataset (fields matched by name)</source>
        <translation>沿用另一数据集中已确认的决定（按字段名匹配）</translation>
    </message>
    <message>
        <source>take over the decisions of a template file (fields matched by name)</source>
        <translation>沿用模板文件中的决定（按字段名匹配）</translation>
    </message>
    <message>
        <source>write the dataset&apos;s confirmed decisions to a template file</source>
        <translation>将数据集中已确认的决定写入模板文件</translation>
    </message>
    <message>
        <source>--set overrides a classification and needs --reason to say why</source>
        <translation>--set 会调整分类分级，需要用 --reason 说明理由</translation>
    </message>
    <message>
        <source>--reason must not be empty</source>
        <translation>--reason 不能为空</translation>
    </message>
    <message>
        <source>use either --from or --template, not both</source>
        <translation>--from 和 --template 只能使用其一</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>field %1 is given more than once</source>
        <translation>字段“%1”被重复指定</translation>
    </message>
    <message>
        <source>note: dataset %1 had not been profiled since its import; it was profiled now</source>
        <translation>注意：数据集“%1”自导入以来尚未剖析，现已完成剖析</translation>
    </message>
    <message>
        <source>--set %1: expected FIELD=ROLE:GRADE[:CATEGORY], e.g. diagnosis=sensitive:5:health_status</source>
        <translation>--set %1：格式应为 FIELD=ROLE:GRADE[:CATEGORY]，例如 diagnosis=sensitive:5:health_status</translation>
    </message>
    <message>
        <source>--set %1: the role must be one of direct, quasi, sensitive, other</source>
        <translation>--set %1：角色必须是 direct、quasi、sensitive、other 之一</translation>
    </message>
    <message>
        <source>--set %1: the grade must be a number from 1 to 5</source>
        <translation>--set %1：敏感级别必须是 1 到 5 之间的数字</translation>
    </message>
    <message>
        <source>--set %1: the category must be one of personal_attribute, health_status, medical_application, medical_payment, health_resource, public_health</source>
        <translation>--set %1：类别必须是 personal_attribute、health_status、medical_application、medical_payment、health_resource、public_health 之一</translation>
    </message>
    <message>
        <source>Taken over: %1 fields confirmed as before; %2 changed and %3 new fields need a decision.</source>
        <translation>已沿用：%1 个字段按原决定确认；%2 个有变化的字段和 %3 个新增字段待决定。</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>模板已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %Ln decision(s).</source>
        <translation>
            <numerusform>已记录 %Ln 项决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::CliContext</name>
    <message>
        <source>The project trusts no keys yet; add one with &quot;steward-cli trust add&quot;.</source>
        <translation>项目尚未信任任何密钥；请用“steward-cli trust add”添加。</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>steward::cli::Command</name>
    <message>
        <source>%1 takes a whole number of at least %2</source>
        <translation>%1 的取值须为不小于 %2 的整数</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3</source>
        <translation>%1 的取值须为 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
</context>
<context>
    <name>steward::cli::CommandLine</name>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>ambiguous option %1</source>
        <translation>选项 %1 有歧义</translation>
    </message>
    <message>
        <source>option %1 is given more than once</source>
        <translation>选项 %1 被重复指定</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>参数过多</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>invalid option syntax: %1</source>
        <translation>选项语法无效：%1</translation>
    </message>
    <message>
        <source>print exactly one JSON document on stdout, errors included</source>
        <translation>在 stdout 上只输出一个 JSON 文档（包括错误）</translation>
    </message>
    <message>
        <source>describe this command and its options</source>
        <translation>说明此命令及其选项</translation>
    </message>
    <message>
        <source>unknown command %1; run &quot;steward-cli --help&quot; for the list of commands</source>
        <translation>未知命令 %1；运行 &quot;steward-cli --help&quot; 查看命令列表</translation>
    </message>
    <message>
        <source>unknown option %1; run &quot;steward-cli --help&quot;</source>
        <translation>未知选项 %1；请运行 &quot;steward-cli --help&quot;</translation>
    </message>
    <message>
        <source>no command given; run &quot;steward-cli --help&quot; for the list of commands</source>
        <translation>未指定命令；运行 &quot;steward-cli --help&quot; 查看命令列表</translation>
    </message>
    <message>
        <source>help takes one command name</source>
        <translation>help 只接受一个命令名</translation>
    </message>
    <message>
        <source>option %1 needs a value; run &quot;steward-cli help %2&quot;</source>
        <translation>选项 %1 需要一个值；请运行 &quot;steward-cli help %2&quot;</translation>
    </message>
    <message>
        <source>run &quot;steward-cli help %1&quot; for its arguments and options</source>
        <translation>运行 &quot;steward-cli help %1&quot; 查看其参数和选项</translation>
    </message>
    <message>
        <source>missing argument %1; run &quot;steward-cli help %2&quot;</source>
        <translation>缺少参数 %1；请运行 &quot;steward-cli help %2&quot;</translation>
    </message>
    <message>
        <source>unexpected failure: %1</source>
        <translation>意外故障：%1</translation>
    </message>
    <message>
        <source>unknown command %1; run &quot;steward-cli help %2&quot; for its subcommands</source>
        <translation>未知命令 %1；运行 &quot;steward-cli help %2&quot; 查看其子命令</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2; run &quot;steward-cli help %1&quot;</source>
        <translation>%1 需要一个子命令：%2；请运行 &quot;steward-cli help %1&quot;</translation>
    </message>
</context>
<context>
    <name>steward::cli::CompactCommand</name>
    <message>
        <source>Give the space of deleted datasets back to the disk.</source>
        <translation>将已删除数据集占用的空间归还给磁盘。</translation>
    </message>
    <message>
        <source>Deleting a dataset overwrites its pages with zeros but leaves them in the project file, which keeps its size. compact rewrites the file without them (SQLite&apos;s VACUUM): it needs free disk space about the size of the project while it runs, and is done whole or not at all (Ctrl+C, exit code 130, leaves the project as it was). The sizes before and after are recorded in the audit trail.</source>
        <translation>删除数据集时，其页面会被零覆盖，但仍留在项目文件中，文件大小不变。compact 会重写文件并去掉这些页面（SQLite 的 VACUUM）：运行期间需要约与项目同样大小的可用磁盘空间，且要么完整完成，要么不做任何更改（Ctrl+C，退出码 130，项目保持原样）。压缩前后的大小会记录在审计日志中。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>Compacted %1: %2 → %3.</source>
        <translation>已压缩 %1：%2 → %3。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ConsentAttachCommand</name>
    <message>
        <source>Attach (or replace) the consent register of a dataset; counts by status.</source>
        <translation>为数据集附加（或替换）同意登记；按状态统计。</translation>
    </message>
    <message>
        <source>FILE is a CSV/TSV file (UTF-8, GB18030 or UTF-16) or an Excel workbook whose first row names the columns: the subject identifier (subject, subject_id, patient_id, mrn, 患者ID, 身份证号, 病案号…), the status (status, 状态: granted/withdrawn/refused or 同意/撤回/拒绝), the scope (scope, purposes, 用途, 范围: purposes separated by &apos;;&apos; or &apos;,&apos;, &apos;*&apos; for any purpose) and, optionally, the date (date, 日期). A subject&apos;s latest decision counts. Subjects are matched on the dataset&apos;s field FIELD (--subject) before masking; without it, on the dataset&apos;s direct identifier naming a person (resident id, medical record or inpatient number…), preferring the one named like the register&apos;s subject column. Attaching again replaces the register. A malformed file changes nothing and is reported with its line and column.</source>
        <translation>FILE 为 CSV/TSV 文件（UTF-8、GB18030 或 UTF-16）或 Excel 工作簿，其第一行为列名：主体标识符（subject、subject_id、patient_id、mrn、患者ID、身份证号、病案号…）、状态（status、状态：granted/withdrawn/refused 或 同意/撤回/拒绝）、范围（scope、purposes、用途、范围：用途以“;”或“,”分隔，“*”表示任何用途），以及可选的日期（date、日期）。以主体的最新决定为准。在脱敏前按数据集的字段 FIELD（--subject）匹配主体；未指定时，按数据集中标识个人的直接标识符（居民身份证号、病案号或住院号…）匹配，优先选用与登记主体列同名的字段。再次附加将替换原登记。格式错误的文件不会造成任何更改，并会报告出错的行和列。</translation>
    </message>
    <message>
        <source>the consent register (CSV, TSV or XLSX)</source>
        <translation>同意登记（CSV、TSV 或 XLSX）</translation>
    </message>
    <message>
        <source>the dataset&apos;s field holding the subject identifier</source>
        <translation>数据集中存放主体标识符的字段</translation>
    </message>
    <message>
        <source>text encoding of a CSV/TSV register: auto (default), utf-8, gb18030, utf-16le, utf-16be</source>
        <translation>CSV/TSV 登记的文本编码：auto（默认）、utf-8、gb18030、utf-16le、utf-16be</translation>
    </message>
    <message>
        <source>the sheet of a workbook holding the register (default: the first)</source>
        <translation>工作簿中存放登记的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>unknown encoding %1 (expected auto, utf-8, gb18030, utf-16le or utf-16be)</source>
        <translation>未知编码 %1（应为 auto、utf-8、gb18030、utf-16le 或 utf-16be）</translation>
    </message>
</context>
<context>
    <name>steward::cli::ConsentDetachCommand</name>
    <message>
        <source>Remove the consent register of a dataset (audited).</source>
        <translation>移除数据集的同意登记（记入审计日志）。</translation>
    </message>
    <message>
        <source>Removed the consent register of %1.</source>
        <translation>已移除 %1 的同意登记。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ConsentShowCommand</name>
    <message>
        <source>Consent register of %1: %2 (sha256 %3)</source>
        <translation>%1 的同意登记：%2（sha256 %3）</translation>
    </message>
    <message>
        <source>  matched on field %1; attached %2 by %3</source>
        <translation>  匹配字段 %1；由 %3 于 %2 附加</translation>
    </message>
    <message>
        <source>  subjects %1: granted %2, withdrawn %3, refused %4</source>
        <translation>  主体 %1：同意 %2，撤回 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>Show the consent register attached to a dataset: counts by status.</source>
        <translation>显示数据集所附的同意登记：按状态统计。</translation>
    </message>
    <message>
        <source>Dataset %1 has no consent register.</source>
        <translation>数据集 %1 没有同意登记。</translation>
    </message>
</context>
<context>
    <name>steward::cli::DatasetsCommand</name>
    <message>
        <source>List the datasets of a project.</source>
        <translation>列出项目中的数据集。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>The project has no datasets yet. Add one with: steward-cli import PROJECT FILE</source>
        <translation>项目中还没有数据集。可用以下命令添加：steward-cli import PROJECT FILE</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>steward::cli::DeleteCommand</name>
    <message>
        <source>Delete a dataset and its cells.</source>
        <translation>删除数据集及其全部单元格。</translation>
    </message>
    <message>
        <source>The freed pages of the project file are overwritten with zeros, so that the patient data does not linger in the file. The deletion is recorded in the audit trail.</source>
        <translation>项目文件中释放的页会被零覆写，使患者数据不会残留在文件中。删除操作会记入审计日志。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>Deleted dataset %1 (%2 rows).</source>
        <translation>已删除数据集“%1”（%2 行）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::DictionaryCommand</name>
    <message>
        <source>Export the data dictionary of a dataset to CSV or JSON.</source>
        <translation>将数据集的数据字典导出为 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>One entry per field: field, type, role, category, grade, confidence, evidence, decision (unconfirmed, confirmed or overridden), reason, decided_by, decided_at and needs_decision. Role, category and grade are the confirmed decision, else the suggestion. CSV is UTF-8 with a byte order mark; the format defaults to the file&apos;s extension (.json gives JSON, anything else CSV). A dataset that has not been profiled since its import is profiled first. The export is recorded in the audit trail.</source>
        <translation>每个字段一条记录：field、type、role、category、grade、confidence、evidence、decision（unconfirmed、confirmed 或 overridden）、reason、decided_by、decided_at 和 needs_decision。role、category 和 grade 取已确认的决定，未确认时取建议值。CSV 为带字节顺序标记（BOM）的 UTF-8；格式默认由文件扩展名决定（.json 为 JSON，其他均为 CSV）。自导入以来尚未剖析的数据集会先进行剖析。导出操作会记入审计日志。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>the file to write (required)</source>
        <translation>要写入的文件（必填）</translation>
    </message>
    <message>
        <source>the file format (default: by the extension of --out)</source>
        <translation>文件格式（默认：根据 --out 的扩展名确定）</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须指定 --out FILE</translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation>--format 的取值为 csv 或 json</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the data dictionary of dataset %1 (%Ln field(s)) to %2.</source>
        <translation>
            <numerusform>已将数据集“%1”的数据字典（%Ln 个字段）写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) are not confirmed yet; their role, category and grade are the suggestions.</source>
        <translation>
            <numerusform>有 %Ln 个字段尚未确认，其角色、类别和敏感级别为建议值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::DocumentCommand</name>
    <message>
        <source>Render, fill or check a release&apos;s data sharing agreement.</source>
        <translation>生成、填写或检查发布的数据共享协议。</translation>
    </message>
    <message>
        <source>Render, fill or check a release&apos;s impact assessment (DPIA / PIPL PIA).</source>
        <translation>生成、填写或检查发布的影响评估（DPIA / 个人信息保护影响评估）。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the release&apos;s name</source>
        <translation>发布名称</translation>
    </message>
    <message>
        <source>write the document as PDF</source>
        <translation>将文档写为 PDF</translation>
    </message>
    <message>
        <source>write the document as self-contained HTML</source>
        <translation>将文档写为自包含的 HTML</translation>
    </message>
    <message>
        <source>write the document as exchange JSON (also as --json FILE; a bare --json prints the result as JSON)</source>
        <translation>将文档写为交换格式 JSON（也可写作 --json FILE；单独的 --json 表示以 JSON 输出结果）</translation>
    </message>
    <message>
        <source>the language to render in (default: the release&apos;s)</source>
        <translation>生成文档所用的语言（默认：发布的语言）</translation>
    </message>
    <message>
        <source>replace the editable content with the JSON file&apos;s</source>
        <translation>用 JSON 文件中的内容替换可编辑内容</translation>
    </message>
    <message>
        <source>fill one item of the document (repeatable)</source>
        <translation>填写文档中的一项（可重复）</translation>
    </message>
    <message>
        <source>list the required items still empty</source>
        <translation>列出仍为空的必填项</translation>
    </message>
    <message>
        <source>bring the generated parts up to date with the project</source>
        <translation>使生成部分与项目保持一致</translation>
    </message>
    <message>
        <source>list the saved versions</source>
        <translation>列出已保存的版本</translation>
    </message>
    <message>
        <source>bring back the content of version N</source>
        <translation>恢复第 N 版的内容</translation>
    </message>
    <message>
        <source>give only one of --pdf, --html and --json</source>
        <translation>--pdf、--html 和 --json 只能指定其一</translation>
    </message>
    <message>
        <source>give only one of --import, --set, --refresh and --restore</source>
        <translation>--import、--set、--refresh 和 --restore 只能指定其一</translation>
    </message>
    <message>
        <source>give what to do: --pdf, --html or --json FILE, --import FILE, --set KEY=VALUE, --refresh, --restore N, --completeness or --versions</source>
        <translation>请指定要做什么：--pdf、--html 或 --json FILE，--import FILE，--set KEY=VALUE，--refresh，--restore N，--completeness 或 --versions</translation>
    </message>
    <message>
        <source>--lang takes one of %1</source>
        <translation>--lang 的取值为 %1 之一</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Saved version %1 of the %2 of release %3.</source>
        <translation>已保存发布 %3 的%2第 %1 版。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s), %2).</source>
        <translation>
            <numerusform>已写出 %1（%Ln 页，%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写出 %1（%2）。</translation>
    </message>
    <message>
        <source>Out of date with the project (run with --refresh): %1</source>
        <translation>与项目不一致（请使用 --refresh 更新）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Complete: all %Ln required item(s) are filled.</source>
        <translation>
            <numerusform>已完整：%Ln 个必填项均已填写。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing %1 of %2 required items:</source>
        <translation>%2 个必填项中缺少 %1 个：</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>    - %1 (%2)</source>
        <translation>    - %1（%2）</translation>
    </message>
    <message>
        <source>No saved versions yet: the document is the template&apos;s draft.</source>
        <translation>尚无已保存的版本：文档为模板草稿。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>(from version %1)</source>
        <translation>（来自第 %1 版）</translation>
    </message>
    <message>
        <source>The document is drafted from the release and the project: clause text from the template of its language with the release&apos;s settings filled in, and generated parts (data annex, inventory, risk figures, policy, measures) from the project&apos;s classification, masking rules and measured risk. --pdf, --html or --json FILE writes it (PDF: A4, cover, contents, embedded Noto Sans CJK; HTML self-contained; JSON the exchange form --import reads back) in the release&apos;s language or --lang. --import FILE.json replaces the editable content with the file&apos;s (malformed JSON: exit 2 with line and column, nothing changed); --set KEY=VALUE fills one item (repeatable: clause and field keys take text, check keys true/false, risk.KEY.severity_before, likelihood_before, severity_after and likelihood_after 1-4, action.N.action, owner and due). --refresh brings the generated parts up to date with the project (text people wrote is kept); --versions lists the saved versions and --restore N brings back the content of version N. Each change is a new version, recorded in the audit trail. --completeness lists every required item still empty, per section (exit 0); after a change the completeness is reported too. The passphrase is needed only when the rule of a quasi-identifier or sensitive attribute needs the project secret.</source>
        <translation>文档根据发布和项目起草：条款文字取自相应语言的模板并填入发布的设置，生成部分（数据附件、数据清单、风险数据、策略、措施）取自项目的分级分类、脱敏规则和实测风险。--pdf、--html 或 --json FILE 按发布的语言或 --lang 指定的语言写出文档（PDF：A4、封面、目录、嵌入 Noto Sans CJK 字体；HTML 自包含；JSON 为交换格式，可用 --import 读回）。--import FILE.json 用文件中的内容替换可编辑内容（JSON 格式错误时退出码为 2 并给出行号和列号，不做任何更改）；--set KEY=VALUE 填写一项（可重复：条款和字段键取文字，勾选项键取 true/false，risk.KEY.severity_before、likelihood_before、severity_after 和 likelihood_after 取 1–4，另有 action.N.action、owner 和 due）。--refresh 使生成部分与项目保持一致（保留人工撰写的文字）；--versions 列出已保存的版本，--restore N 恢复第 N 版的内容。每次更改都生成新版本并记入审计日志。--completeness 按章节列出仍为空的必填项（退出码为 0）；更改之后也会报告完整性。仅当准标识符或敏感属性的规则需要项目密钥时才需要口令。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ExportCommand</name>
    <message>
        <source>cannot read the %1 file %2</source>
        <translation>无法读取%1文件 %2</translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation>%1文件 %2 为空</translation>
    </message>
    <message>
        <source>Write the release&apos;s package: a signed BagIt bag as a zip, encrypted when asked.</source>
        <translation>写出发布的发布包：一个已签名的 BagIt bag，打包为 zip，按需加密。</translation>
    </message>
    <message>
        <source>Only an approved release whose every gate holds is exported (exit 3 with the failing gates otherwise). The package is a BagIt 1.0 bag zipped with one top-level folder: the masked data as UTF-8 CSV, the data dictionaries, datapackage.json (Frictionless Data Package), DSA.pdf, DPIA.pdf, release.json, the signed approvals, and the steward&apos;s minisign signature over tagmanifest-sha256.txt made with --key (a key the project trusts for the role steward; its passphrase from --key-passphrase-file, STEWARD_KEY_PASSPHRASE or a prompt). --encrypt-passphrase-file F encrypts the whole zip with age to the passphrase in F, --encrypt-to AGE_RECIPIENT (repeatable) to age public keys. The file is written under a temporary name in the target folder and renamed at the end: a failed, refused or cancelled export leaves nothing. The export is recorded in the release register and the audit trail. The project passphrase is needed when a masking rule needs the project secret.</source>
        <translation>只有已批准且所有关卡均通过的发布才会导出（否则以退出码 3 退出，并列出未通过的关卡）。发布包是一个 BagIt 1.0 bag，以单个顶层文件夹压缩为 zip：内含 UTF-8 CSV 格式的脱敏数据、数据字典、datapackage.json（Frictionless Data Package）、DSA.pdf、DPIA.pdf、release.json、已签名的批准，以及数据管理员用 --key 对 tagmanifest-sha256.txt 所作的 minisign 签名（--key 须为项目信任为 steward 角色的密钥；其口令来自 --key-passphrase-file、STEWARD_KEY_PASSPHRASE 或提示输入）。--encrypt-passphrase-file F 用 age 以 F 中的口令加密整个 zip，--encrypt-to AGE_RECIPIENT（可重复）则针对 age 公钥加密。文件先以临时名称写入目标文件夹，最后再重命名：导出失败、被拒绝或取消时不会留下任何文件。导出记入发布登记和审计日志。当某条脱敏规则需要项目密钥时，需提供项目口令。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the release&apos;s name</source>
        <translation>发布名称</translation>
    </message>
    <message>
        <source>the package to write (required)</source>
        <translation>要写入的发布包（必填）</translation>
    </message>
    <message>
        <source>the steward&apos;s signing key (required)</source>
        <translation>数据管理员的签名密钥（必填）</translation>
    </message>
    <message>
        <source>encrypt the package with age to the passphrase in the first line of file F</source>
        <translation>用 age 以文件 F 第一行中的口令加密发布包</translation>
    </message>
    <message>
        <source>encrypt the package with age to this public key (age1...); may be repeated</source>
        <translation>用 age 针对此公钥（age1...）加密发布包；可多次指定</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export 需要 --out FILE</translation>
    </message>
    <message>
        <source>export needs --key STEWARD_KEYFILE</source>
        <translation>export 需要 --key STEWARD_KEYFILE</translation>
    </message>
    <message>
        <source>give either --encrypt-passphrase-file or --encrypt-to, not both</source>
        <translation>--encrypt-passphrase-file 和 --encrypt-to 只能指定其一</translation>
    </message>
    <message>
        <source>encryption passphrase</source>
        <translation>加密口令</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln file(s) in the bag).</source>
        <translation>
            <numerusform>已写入 %1（bag 中共 %Ln 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>steward::cli::HelpText</name>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 bad input (unreadable or malformed file; a project that is not a Steward project, corrupt, newer or in use), 3 refused by policy, 4 verification failed, 5 internal error, 130 cancelled.</source>
        <translation>退出码：0 成功；1 用法错误；2 输入有误（文件无法读取或格式错误；项目不是 Steward 项目、已损坏、由更高版本创建或正被其他进程使用）；3 被策略拒绝；4 校验失败；5 内部错误；130 已取消。</translation>
    </message>
    <message>
        <source>Usage: steward-cli COMMAND [ARGUMENTS] [OPTIONS] [--json]</source>
        <translation>用法：steward-cli COMMAND [ARGUMENTS] [OPTIONS] [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>print exactly one JSON document on stdout, errors included</source>
        <translation>在 stdout 上只输出一个 JSON 文档（包括错误）</translation>
    </message>
    <message>
        <source>describe the command and its options</source>
        <translation>说明命令及其选项</translation>
    </message>
    <message>
        <source>print the version (before any command)</source>
        <translation>输出版本号（须放在命令之前）</translation>
    </message>
    <message>
        <source>Run &quot;steward-cli help COMMAND&quot; or &quot;steward-cli COMMAND --help&quot; for the arguments and options of a command.</source>
        <translation>运行 &quot;steward-cli help COMMAND&quot; 或 &quot;steward-cli COMMAND --help&quot; 查看某个命令的参数和选项。</translation>
    </message>
    <message>
        <source>Errors go to stderr as one line, &quot;FILE:LINE:COLUMN: error: ...&quot; for input files.</source>
        <translation>错误以单行形式输出到 stderr；输入文件的错误格式为 &quot;FILE:LINE:COLUMN: error: ...&quot;。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Usage: steward-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS] [--json]</source>
        <translation>用法：steward-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS] [--json]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run &quot;steward-cli help %1 SUBCOMMAND&quot; for the arguments and options of one.</source>
        <translation>运行 &quot;steward-cli help %1 SUBCOMMAND&quot; 查看某个子命令的参数和选项。</translation>
    </message>
    <message>
        <source>Steward&apos;s command line: create projects, import hospital extracts, classify and mask them, measure their risk, prepare releases with their data sharing agreement and impact assessment, and check the audit trail.</source>
        <translation>Steward 命令行：创建项目，导入医院数据提取，对其进行分级分类和脱敏，测量其风险，准备数据发布及其数据共享协议和影响评估，并检查审计日志。</translation>
    </message>
</context>
<context>
    <name>steward::cli::HierarchyCommand</name>
    <message>
        <source>Show, set, import or export the generalisation hierarchy of a field.</source>
        <translation>查看、设置、导入或导出字段的泛化层次。</translation>
    </message>
    <message>
        <source>Shows the field&apos;s hierarchy as anonymize uses it: the one stored in the project for the field, else the one Steward suggests from the classification (--suggest shows the suggestion even when one is stored), as a table of the field&apos;s values and their generalisations at each level, with how many records each generalised value covers (the first rows; --json has all). --builder SPEC stores a built-in hierarchy (date, date:decade, interval:5,10,20;top=90, redact:4,3,2, region, icd10, flat, groups:...); --import FILE checks a value;level1;...;* file against the data (every value covered, levels nested) and stores it; --clear removes the stored one. --out FILE writes the hierarchy shown as such a file. Hierarchies are kept per field name, so they carry over to import --replace; every change has an audit entry.</source>
        <translation>按 anonymize 的用法显示字段的泛化层次：项目中为该字段存储的层级，否则为 Steward 根据分类分级结果建议的层级（--suggest 即使已有存储的层级也显示建议）；以表格列出字段的值及其在各级的泛化结果，并给出每个泛化值覆盖的记录数（只列前几行；--json 列出全部）。--builder SPEC 存储一个内置层级（date、date:decade、interval:5,10,20;top=90、redact:4,3,2、region、icd10、flat、groups:...）；--import FILE 按数据检查 value;level1;...;* 格式的文件（每个值都有覆盖、各级相互嵌套）后存储；--clear 移除已存储的层级。--out FILE 将所显示的层级写成这种格式的文件。泛化层次按字段名保存，因此在 import --replace 后继续有效；每次更改都有审计记录。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>the field&apos;s name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <source>store a built-in hierarchy for the field</source>
        <translation>为字段存储一个内置泛化层次</translation>
    </message>
    <message>
        <source>store a hierarchy file (value;level1;...;*) for the field</source>
        <translation>为字段存储一个泛化层次文件（value;level1;...;*）</translation>
    </message>
    <message>
        <source>write the hierarchy as a file</source>
        <translation>将泛化层次写入文件</translation>
    </message>
    <message>
        <source>remove the field&apos;s stored hierarchy</source>
        <translation>移除字段已存储的泛化层次</translation>
    </message>
    <message>
        <source>show the suggested hierarchy</source>
        <translation>显示建议的泛化层次</translation>
    </message>
    <message>
        <source>give only one of --builder, --import, --clear and --suggest</source>
        <translation>--builder、--import、--clear 和 --suggest 只能指定其中一个</translation>
    </message>
    <message>
        <source>give either --import or --out</source>
        <translation>--import 和 --out 只能指定其中一个</translation>
    </message>
    <message>
        <source>--clear leaves no hierarchy to write with --out</source>
        <translation>--clear 之后没有可用 --out 写出的泛化层次</translation>
    </message>
    <message>
        <source>--builder: %1</source>
        <translation>--builder：%1</translation>
    </message>
    <message>
        <source>The stored hierarchy of %1 is removed: anonymize uses the suggested one.</source>
        <translation>已移除 %1 存储的泛化层次：anonymize 将使用建议的层级。</translation>
    </message>
    <message numerus="yes">
        <source>a table of %Ln value(s)</source>
        <translation>
            <numerusform>包含 %Ln 个值的表</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stored hierarchy %2</source>
        <translation>%1：已存储的泛化层次 %2</translation>
    </message>
    <message>
        <source>%1: suggested hierarchy %2 (not stored)</source>
        <translation>%1：建议的泛化层次 %2（未存储）</translation>
    </message>
    <message>
        <source>%1: hierarchy %2 stored</source>
        <translation>%1：已存储泛化层次 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) cannot be read by the builder and become * above level 0.</source>
        <translation>
            <numerusform>有 %Ln 个值无法被层级构建器识别，在第 0 级以上变为 *。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1（%2 个值）</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more value(s); --json lists all.</source>
        <translation>
            <numerusform>… 另有 %Ln 个值；--json 列出全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ImportCommand</name>
    <message>
        <source>Import a CSV/TSV file or an Excel workbook (.xlsx, .xls) as a dataset.</source>
        <translation>将 CSV/TSV 文件或 Excel 工作簿（.xlsx、.xls）导入为数据集。</translation>
    </message>
    <message>
        <source>The file is streamed into the project in one transaction: on any error, or when interrupted (Ctrl+C, exit code 130), the project stays exactly as it was. Cells are stored as text exactly as decoded; each column gets an inferred type (integer, decimal, date, datetime, boolean, text). Progress &quot;rows X of ~Y&quot; appears on stderr when it is a terminal.</source>
        <translation>文件在同一个事务中以流式方式写入项目：出现任何错误或被中断时（Ctrl+C，退出码 130），项目保持原样。单元格按解码结果原样以文本存储；每列会得到一个推断出的类型（integer、decimal、date、datetime、boolean、text）。stderr 为终端时，会在其上显示进度“已读取 X / 约 Y 行”。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>dataset name (default: the file&apos;s base name)</source>
        <translation>数据集名称（默认：不含扩展名的文件名）</translation>
    </message>
    <message>
        <source>if a dataset of that name exists, this file becomes its next version (otherwise it is imported as a new dataset)</source>
        <translation>若已有同名数据集，则此文件成为其下一个版本（否则作为新数据集导入）</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name 不能为空</translation>
    </message>
    <message>
        <source>Imported %1 rows and %2 columns into dataset &quot;%3&quot; (version %4).</source>
        <translation>已将 %1 行、%2 列导入数据集“%3”（版本 %4）。</translation>
    </message>
    <message>
        <source>Source: %1, encoding %2</source>
        <translation>来源：%1，编码 %2</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>，分隔符 %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>，工作表 %1</translation>
    </message>
    <message>
        <source>, header row</source>
        <translation>，有表头行</translation>
    </message>
    <message>
        <source>, no header row</source>
        <translation>，无表头行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>steward::cli::ImportOptionsParser</name>
    <message>
        <source>auto (default: BOM, UTF-16, UTF-8, else GB18030), utf-8, gb18030 (also GBK), utf-16le or utf-16be</source>
        <translation>auto（默认：依次按 BOM、UTF-16、UTF-8 判断，否则为 GB18030）、utf-8、gb18030（兼容 GBK）、utf-16le 或 utf-16be</translation>
    </message>
    <message>
        <source>auto (default: sniffed), comma, semicolon, tab or pipe</source>
        <translation>auto（默认：自动探测）、comma（逗号）、semicolon（分号）、tab（制表符）或 pipe（竖线）</translation>
    </message>
    <message>
        <source>the first row is data, not column names; columns are named column_1, column_2, ...</source>
        <translation>首行是数据而非列名；各列命名为 column_1、column_2……</translation>
    </message>
    <message>
        <source>spreadsheets: sheet name or 1-based number (default: the first sheet)</source>
        <translation>用于电子表格：工作表名称或从 1 开始的序号（默认：第一个工作表）</translation>
    </message>
    <message>
        <source>comma-separated values that count as missing besides the empty cell, replacing the default list %1; &quot;&quot; for none</source>
        <translation>除空单元格外还视为缺失的值，以逗号分隔，替换默认列表 %1；&quot;&quot; 表示不设</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, gb18030, utf-16le or utf-16be</source>
        <translation>--encoding 的取值为 auto、utf-8、gb18030、utf-16le 或 utf-16be</translation>
    </message>
    <message>
        <source>--delimiter takes auto, comma, semicolon, tab or pipe</source>
        <translation>--delimiter 的取值为 auto、comma、semicolon、tab 或 pipe</translation>
    </message>
    <message>
        <source>--sheet must not be empty</source>
        <translation>--sheet 不能为空</translation>
    </message>
</context>
<context>
    <name>steward::cli::InitCommand</name>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>创建一个新的空项目文件。</translation>
    </message>
    <message>
        <source>The project is one SQLite file readable and writable by its owner only. An existing file is never overwritten.</source>
        <translation>项目是单个 SQLite 文件，仅其所有者可读写。绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>path of the new project file (.steward)</source>
        <translation>新项目文件的路径（.steward）</translation>
    </message>
    <message>
        <source>the project&apos;s title (default: none)</source>
        <translation>项目标题（默认：无）</translation>
    </message>
    <message>
        <source>Created project %1 (schema version %2).</source>
        <translation>已创建项目 %1（架构版本 %2）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::KeygenCommand</name>
    <message>
        <source>Make a signing identity (Ed25519 key pair) for a steward or a reviewer.</source>
        <translation>为数据管理员或审核人生成签名身份（Ed25519 密钥对）。</translation>
    </message>
    <message>
        <source>Writes FILE, the private key as a passphrase-encrypted PKCS#8 PEM (scrypt, AES-256-CBC; readable by `openssl pkey`), owner-only, and FILE.pub, the public key in minisign format. The passphrase comes from --key-passphrase-file F (its first line), else STEWARD_KEY_PASSPHRASE, else it is asked twice on the terminal. Give FILE.pub to the project that should trust the key (`trust add`); keep FILE and its passphrase to yourself.</source>
        <translation>写入 FILE 和 FILE.pub：FILE 为用口令加密的 PKCS#8 PEM 私钥（scrypt、AES-256-CBC；可用 `openssl pkey` 读取），仅所有者可读；FILE.pub 为 minisign 格式的公钥。口令依次取自 --key-passphrase-file F（其第一行）、STEWARD_KEY_PASSPHRASE，否则在终端上询问两次。将 FILE.pub 交给需要信任该密钥的项目（`trust add`）；FILE 及其口令请自行妥善保管。</translation>
    </message>
    <message>
        <source>the signer&apos;s name, as it appears in signatures</source>
        <translation>签名人姓名，将显示在签名中</translation>
    </message>
    <message>
        <source>steward, compliance or ethics</source>
        <translation>steward、compliance 或 ethics</translation>
    </message>
    <message>
        <source>the private key file to write (and FILE.pub)</source>
        <translation>要写入的私钥文件（以及 FILE.pub）</translation>
    </message>
    <message>
        <source>overwrite FILE and FILE.pub when they exist</source>
        <translation>FILE 和 FILE.pub 已存在时覆盖</translation>
    </message>
    <message>
        <source>keygen needs --name N</source>
        <translation>keygen 需要 --name N</translation>
    </message>
    <message>
        <source>keygen needs --role steward|compliance|ethics</source>
        <translation>keygen 需要 --role steward|compliance|ethics</translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation>--role 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>keygen needs --out FILE</source>
        <translation>keygen 需要 --out FILE</translation>
    </message>
    <message>
        <source>the file exists; add --force to overwrite it</source>
        <translation>文件已存在；如需覆盖请加 --force</translation>
    </message>
    <message>
        <source>Key %1 of %2 (%3) written to %4; public key in %5.</source>
        <translation>%2（%3）的密钥 %1 已写入 %4；公钥位于 %5。</translation>
    </message>
</context>
<context>
    <name>steward::cli::PassphraseInput</name>
    <message>
        <source>read the project passphrase from the first line of file F</source>
        <translation>从文件 F 的第一行读取项目口令</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1</source>
        <translation>无法读取口令文件 %1</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>口令文件 %1 为空</translation>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation>项目口令：</translation>
    </message>
    <message>
        <source>this command needs the project passphrase: give --passphrase-file F or set STEWARD_PASSPHRASE</source>
        <translation>此命令需要项目口令：请指定 --passphrase-file F 或设置 STEWARD_PASSPHRASE</translation>
    </message>
    <message>
        <source>read the key&apos;s passphrase from the first line of file F</source>
        <translation>从文件 F 的第一行读取密钥口令</translation>
    </message>
    <message>
        <source>Key passphrase: </source>
        <translation>密钥口令：</translation>
    </message>
    <message>
        <source>signing needs the key&apos;s passphrase: give --key-passphrase-file F or set STEWARD_KEY_PASSPHRASE</source>
        <translation>签名需要密钥口令：请指定 --key-passphrase-file F 或设置 STEWARD_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>新密钥的口令：</translation>
    </message>
    <message>
        <source>the key passphrase is empty</source>
        <translation>密钥口令为空</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入相同口令：</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>两次输入的口令不一致</translation>
    </message>
    <message>
        <source>the key needs a passphrase: give --key-passphrase-file F or set STEWARD_KEY_PASSPHRASE</source>
        <translation>密钥需要口令：请使用 --key-passphrase-file F 或设置 STEWARD_KEY_PASSPHRASE</translation>
    </message>
</context>
<context>
    <name>steward::cli::PreviewCommand</name>
    <message>
        <source>Show how a file would be imported (detected encoding, delimiter, column names and types, first rows) without touching any project.</source>
        <translation>显示文件将如何导入（检测到的编码、分隔符、列名和类型、前几行），不改动任何项目。</translation>
    </message>
    <message>
        <source>Takes the same reading options as import. Types are inferred from the previewed rows only; import infers them over every row.</source>
        <translation>读取选项与 import 相同。类型仅根据预览的行推断；import 会根据所有行推断。</translation>
    </message>
    <message>
        <source>the file to look at</source>
        <translation>要查看的文件</translation>
    </message>
    <message>
        <source>number of rows to show (default 10, at most 1000)</source>
        <translation>显示的行数（默认 10，最多 1000）</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist</source>
        <translation>无法打开文件：文件不存在</translation>
    </message>
    <message>
        <source>%1: encoding %2</source>
        <translation>%1：编码 %2</translation>
    </message>
    <message>
        <source>, delimiter %1</source>
        <translation>，分隔符 %1</translation>
    </message>
    <message>
        <source>, sheet %1 of %2</source>
        <translation>，工作表 %1（共 %2 个）</translation>
    </message>
    <message>
        <source>, header row</source>
        <translation>，有表头行</translation>
    </message>
    <message>
        <source>, no header row</source>
        <translation>，无表头行</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>steward::cli::ProfileCommand</name>
    <message>
        <source>Profile every field of a dataset: statistics and detector hit rates.</source>
        <translation>剖析数据集的每个字段：统计信息和检测器命中率。</translation>
    </message>
    <message>
        <source>Per field: type, non-empty, missing and distinct counts, minimum and maximum, lengths, the most frequent values and value patterns, and the rate of each detector that matched (a fraction of the non-empty values; &quot;sampled&quot; says over how many). Profiles are computed in the background over all rows, cached in the project and reused until the dataset is replaced; the fields also get their classification suggestion (see classify). Progress &quot;fields X of Y&quot; appears on stderr when it is a terminal; Ctrl+C cancels (exit code 130) and leaves the project unchanged.</source>
        <translation>每个字段给出：类型，非空值、缺失值和不同值的个数，最小值和最大值，长度，最常见的值和取值模式，以及每个命中的检测器的命中率（占非空值的比例；&quot;sampled&quot; 表示基于多少个值统计）。剖析结果在后台基于所有行计算，缓存在项目中，并在数据集被替换之前重复使用；各字段同时得到分类分级建议（见 classify）。stderr 为终端时，会在其上显示进度“正在剖析字段：X / Y”；按 Ctrl+C 可取消（退出码 130），项目保持不变。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>profile again even when the cached profiles are current</source>
        <translation>即使缓存的剖析结果是最新的，也重新剖析</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Non-empty</source>
        <translation>非空</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>不同值</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <source>Profiled %Ln field(s) of dataset %1 (version %2, %3 rows).</source>
        <translation>
            <numerusform>已剖析数据集“%1”的 %Ln 个字段（版本 %2，%3 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles of the %Ln field(s) of dataset %1 (version %2, %3 rows), from the project&apos;s cache.</source>
        <translation>
            <numerusform>数据集“%1”全部 %Ln 个字段的剖析结果（版本 %2，%3 行），取自项目缓存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ProgressPrinter</name>
    <message>
        <source>rows %1 of ~%2</source>
        <translation>已读取 %1 / 约 %2 行</translation>
    </message>
    <message>
        <source>rows %1</source>
        <translation>已读取 %1 行</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseCheckCommand</name>
    <message>
        <source>Check the release&apos;s data against its policy; exit 3 if anything violates it.</source>
        <translation>按策略检查发布的数据；有任何违规时退出码为 3。</translation>
    </message>
    <message>
        <source>Release %1 meets its policy.</source>
        <translation>发布 %1 符合其策略。</translation>
    </message>
    <message numerus="yes">
        <source>release %1 violates its policy (%Ln violation(s))</source>
        <translation>
            <numerusform>发布 %1 违反其策略（%Ln 项违规）</numerusform>
        </translation>
    </message>
    <message>
        <source>Measures every dataset of the release as it would leave today (its classification, masking rules and record suppression; the risk of the masked data with the policy&apos;s k) and lists each violation on its own line: a field above the highest unmasked grade left unmasked, a direct identifier left unmasked, free text where the policy forbids it, the smallest class below the minimum k, the highest prosecutor risk above the ceiling, a dataset that no longer exists. Unconfirmed fields are judged by their suggestion. The passphrase is needed only when the rule of a quasi-identifier or sensitive attribute needs the project secret. Changes nothing.</source>
        <translation>按发布中每个数据集今天将要发出的样子进行测量（其分级分类、脱敏规则和记录抑制；按策略的 k 计算脱敏后数据的风险），并逐行列出每项违规：高于最高可不脱敏级别的字段未脱敏、直接标识符未脱敏、策略禁止时仍发出自由文本、最小等价类小于最小 k、最高检察官风险超过上限、数据集已不存在。未确认的字段按建议判断。仅当准标识符或敏感属性的规则需要项目密钥时才需要口令。不做任何更改。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseCli</name>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the release&apos;s name</source>
        <translation>发布名称</translation>
    </message>
    <message>
        <source>%1 takes KEY=VALUE (a key, &quot;=&quot; and the value)</source>
        <translation>%1 的格式为 KEY=VALUE（键、&quot;=&quot; 和值）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Release %1 (%2)</source>
        <translation>发布 %1（%2）</translation>
    </message>
    <message>
        <source>Datasets: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>Sharing mode: %1</source>
        <translation>共享模式：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>数据提供方：%1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>数据接收方：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Named users: %1</source>
        <translation>指定使用人员：%1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>使用目的：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>合法性基础：%1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保存期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期限：%1 至 %2</translation>
    </message>
    <message>
        <source>Document language: %1</source>
        <translation>文档语言：%1</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Exports: none</source>
        <translation>导出：无</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>  %1  %2  %3</source>
        <translation>  %1  %2  %3</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>submitted for review</source>
        <translation>已提交审核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Consent purpose: %1</source>
        <translation>同意用途：%1</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseCreateCommand</name>
    <message>
        <source>Start a release: which datasets leave, to whom, why and how.</source>
        <translation>新建发布：哪些数据集、发给谁、为何发出以及如何发出。</translation>
    </message>
    <message>
        <source>The release starts as a draft. Its sharing mode (%1) sets its policy: the highest grade that may leave unmasked, the minimum k, the highest prosecutor risk, whether ethics approval is required and whether free text may leave. Legal bases (PIPL Art. 13): %2. --set KEY=VALUE sets any other setting as release set does; a policy value looser than the mode&apos;s default needs --reason. The creation is recorded in the audit trail.</source>
        <translation>发布以草稿状态开始。其共享模式（%1）决定其策略：可不脱敏发出的最高级别、最小 k、最高检察官风险、是否需要伦理审批以及是否允许发出自由文本。合法性基础（《个人信息保护法》第十三条）：%2。--set KEY=VALUE 按 release set 的方式设置其他任何设置；比该模式默认值更宽松的策略值需要 --reason。创建操作记入审计日志。</translation>
    </message>
    <message>
        <source>a dataset of the project to release (repeatable, in order)</source>
        <translation>要发布的项目数据集（可重复，按顺序）</translation>
    </message>
    <message>
        <source>the sharing mode: %1</source>
        <translation>共享模式：%1</translation>
    </message>
    <message>
        <source>the recipient organisation</source>
        <translation>数据接收机构</translation>
    </message>
    <message>
        <source>the purpose of the release</source>
        <translation>发布的使用目的</translation>
    </message>
    <message>
        <source>the legal basis (PIPL Art. 13)</source>
        <translation>合法性基础（《个人信息保护法》第十三条）</translation>
    </message>
    <message>
        <source>the language of its documents (default zh_CN)</source>
        <translation>其文档的语言（默认 zh_CN）</translation>
    </message>
    <message>
        <source>any other setting, as release set takes it (repeatable)</source>
        <translation>其他任何设置，格式同 release set（可重复）</translation>
    </message>
    <message>
        <source>why a policy value is looser than the mode&apos;s default (audited)</source>
        <translation>策略值比该模式默认值更宽松的理由（记入审计日志）</translation>
    </message>
    <message>
        <source>give the datasets to release with --dataset</source>
        <translation>请用 --dataset 指定要发布的数据集</translation>
    </message>
    <message>
        <source>give the sharing mode with --mode %1</source>
        <translation>请用 --mode %1 指定共享模式</translation>
    </message>
    <message>
        <source>--mode takes one of %1</source>
        <translation>--mode 的取值为 %1 之一</translation>
    </message>
    <message>
        <source>--set %1: give it as the argument or option of release create</source>
        <translation>--set %1：请以 release create 的参数或选项给出</translation>
    </message>
    <message>
        <source>Created release %1 (%2).</source>
        <translation>已创建发布 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseDecideCommand</name>
    <message>
        <source>Record a reviewer&apos;s signed decision on the submitted release.</source>
        <translation>记录审核人对已提交发布签署的决定。</translation>
    </message>
    <message>
        <source>Either --import DECISION (a decision file a reviewer signed with &quot;review&quot;) or --key FILE with --approve or --reject (a reviewer deciding on this machine; the key&apos;s passphrase from --key-passphrase-file or STEWARD_KEY_PASSPHRASE). The signature is checked (exit 4 when it does not verify), then the key must be trusted by the project for the decision&apos;s role, compliance or ethics, and the decision must be on the content under review (exit 3 otherwise, nothing changed). A rejection returns the release to draft with its comment; the required approvals make it approved.</source>
        <translation>使用 --import DECISION（审核人用“review”签署的决定文件），或使用 --key FILE 加 --approve 或 --reject（审核人在本机作出决定；密钥口令来自 --key-passphrase-file 或 STEWARD_KEY_PASSPHRASE）。先校验签名（校验未通过时退出码为 4），然后要求项目已将该密钥信任为决定所属的角色（compliance 或 ethics），且决定针对的是正在审核的内容（否则退出码为 3，不作任何更改）。驳回会使发布连同意见退回草稿状态；获得所需批准后发布即为已批准。</translation>
    </message>
    <message>
        <source>a signed decision file to record</source>
        <translation>要记录的已签名决定文件</translation>
    </message>
    <message>
        <source>the reviewer&apos;s private key (keygen)</source>
        <translation>审核人的私钥（keygen 生成）</translation>
    </message>
    <message>
        <source>approve the content under review (with --key)</source>
        <translation>批准正在审核的内容（与 --key 一起使用）</translation>
    </message>
    <message>
        <source>reject it (with --key)</source>
        <translation>驳回该内容（与 --key 一起使用）</translation>
    </message>
    <message>
        <source>the reviewer&apos;s comment (with --key)</source>
        <translation>审核人的意见（与 --key 一起使用）</translation>
    </message>
    <message>
        <source>give either --import DECISION or --key FILE</source>
        <translation>请指定 --import DECISION 或 --key FILE 之一</translation>
    </message>
    <message>
        <source>--approve, --reject and --comment go with --key, not --import</source>
        <translation>--approve、--reject 和 --comment 须与 --key 一起使用，不能与 --import 一起使用</translation>
    </message>
    <message>
        <source>with --key give either --approve or --reject</source>
        <translation>使用 --key 时请指定 --approve 或 --reject 之一</translation>
    </message>
    <message>
        <source>Recorded the approval of %1 (%2, key %3).</source>
        <translation>已记录 %1（%2，密钥 %3）的批准。</translation>
    </message>
    <message>
        <source>Recorded the rejection of %1 (%2, key %3).</source>
        <translation>已记录 %1（%2，密钥 %3）的驳回。</translation>
    </message>
    <message>
        <source>Release %1 is %2; approvals: %3 of %4 compliance, %5 of %6 ethics.</source>
        <translation>发布 %1 的状态为%2；批准：合规 %3/%4，伦理 %5/%6。</translation>
    </message>
    <message>
        <source>This decision is already recorded; nothing changed.</source>
        <translation>该决定已记录，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseDeleteCommand</name>
    <message>
        <source>Delete a draft release and its documents.</source>
        <translation>删除草稿状态的发布及其文档。</translation>
    </message>
    <message>
        <source>Only a draft can be deleted (exit 3 otherwise). Its agreement and impact assessment, with every version, go with it; the deletion is recorded in the audit trail.</source>
        <translation>只能删除草稿（否则退出码为 3）。其协议和影响评估连同所有版本一并删除；删除操作记入审计日志。</translation>
    </message>
    <message>
        <source>Deleted release %1.</source>
        <translation>已删除发布 %1。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseListCommand</name>
    <message>
        <source>List the releases with their register of exports.</source>
        <translation>列出各项发布及其导出登记。</translation>
    </message>
    <message>
        <source>No releases yet; start one with &quot;steward-cli release create&quot;.</source>
        <translation>尚无发布；请用 &quot;steward-cli release create&quot; 新建。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1: exported %2 to %3, signed by %4 (key %5), %6, sha256 %7, file %8</source>
        <translation>%1：于 %2 导出给 %3，签名人 %4（密钥 %5），%6，sha256 %7，文件 %8</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseReportCommand</name>
    <message>
        <source>Write the public transparency report of all releases (no personal data).</source>
        <translation>写出所有发布的公开透明度报告（不含个人数据）。</translation>
    </message>
    <message>
        <source>One standalone HTML page in the user&apos;s language listing every release of the project: to whom, for what purpose, which categories of data, the sharing mode, its dates, the approvals by role and every export (date and package SHA-256). It names no patient, no user and contains no value of the data, so it can be published.</source>
        <translation>一个采用用户语言的独立 HTML 页面，列出项目的每一次发布：发给谁、用于何种目的、涉及哪些类别的数据、共享模式、相关日期、按角色列出的批准以及每一次导出（日期和发布包 SHA-256）。报告不指明任何患者或用户，也不含任何数据值，因此可以公开发布。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the HTML file to write (required)</source>
        <translation>要写入的 HTML 文件（必填）</translation>
    </message>
    <message>
        <source>release report needs --html FILE</source>
        <translation>release report 需要 --html FILE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the transparency report of %Ln release(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 项发布的透明度报告写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseSetCommand</name>
    <message>
        <source>Change the settings of a release.</source>
        <translation>修改发布的设置。</translation>
    </message>
    <message>
        <source>Keys: %1; policy keys: %2. Lists (datasets, users) are comma-separated, dates ISO (yyyy-mm-dd), an empty value clears a setting. Setting mode applies the mode&apos;s default policy. Tightening a policy value is always allowed; loosening one (a higher grade, a lower k, a higher risk, ethics approval no longer required, free text allowed) is refused (exit 3, nothing changed) unless --reason says why; the reason is kept in the audit trail.</source>
        <translation>键：%1；策略键：%2。列表（datasets、users）以逗号分隔，日期为 ISO 格式（yyyy-mm-dd），空值表示清除该设置。设置 mode 会应用该模式的默认策略。收紧策略值始终允许；放宽策略值（更高的级别、更小的 k、更高的风险、不再要求伦理审批、允许自由文本）会被拒绝（退出码为 3，不做任何更改），除非用 --reason 说明理由；理由记入审计日志。</translation>
    </message>
    <message>
        <source>a setting and its new value</source>
        <translation>一项设置及其新值</translation>
    </message>
    <message>
        <source>why a policy value is loosened (audited)</source>
        <translation>放宽策略值的理由（记入审计日志）</translation>
    </message>
    <message>
        <source>unknown setting %1; the keys are %2</source>
        <translation>未知设置 %1；可用的键为 %2</translation>
    </message>
    <message>
        <source>Nothing changed: release %1 already has these settings.</source>
        <translation>未做更改：发布 %1 已是这些设置。</translation>
    </message>
    <message>
        <source>Release %1: changed %2.</source>
        <translation>发布 %1：已修改 %2。</translation>
    </message>
    <message>
        <source>Loosened (reason recorded in the audit trail): %1.</source>
        <translation>已放宽（理由已记入审计日志）：%1。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseShowCommand</name>
    <message>
        <source>Show one release: its settings, policy and exports.</source>
        <translation>显示一项发布：其设置、策略和导出。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseStatusCommand</name>
    <message>
        <source>Release %1: %2</source>
        <translation>发布 %1：%2</translation>
    </message>
    <message>
        <source>  [%1] %2: %3</source>
        <translation>  [%1] %2：%3</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Every gate is met.</source>
        <translation>所有关卡均已满足。</translation>
    </message>
    <message>
        <source>Some gates are not met.</source>
        <translation>部分关卡尚未满足。</translation>
    </message>
    <message>
        <source>Show the release&apos;s state, its approvals and every gate (exit 0 whatever they say).</source>
        <translation>显示发布的状态、批准情况和每道关卡（无论结果如何退出码均为 0）。</translation>
    </message>
    <message>
        <source>Gates, in order: datasets (the release has datasets, all still in the project), classification (every field classified and confirmed), direct_identifiers (none leaves unmasked, nor free text where the policy forbids it), grade_ceiling (no field above the highest unmasked grade leaves unmasked), risk (minimum k and prosecutor risk of the masked data), consent (a dataset with a consent register leaves only subjects who consented to the release&apos;s purpose), dsa_complete and dpia_complete (every required item filled), dsa_up_to_date and dpia_up_to_date (the document quotes the project as it is now), approvals (the required compliance and ethics approvals signed over the current content). When the content changed since the submission the release returns to draft (recorded once in the audit trail) and the output says what changed. The passphrase is needed only when the rule of a quasi-identifier or sensitive attribute needs the project secret.</source>
        <translation>关卡依次为：datasets（发布含有数据集，且均仍在项目中）、classification（每个字段均已分类分级并确认）、direct_identifiers（没有直接标识符未经脱敏发出；策略禁止时，自由文本也不得未经脱敏发出）、grade_ceiling（高于可不脱敏最高级别的字段均不得未经脱敏发出）、risk（脱敏数据的最小 k 值和检察官攻击风险）、consent（附有同意登记的数据集只发出已同意发布用途的主体）、dsa_complete 和 dpia_complete（每个必填项均已填写）、dsa_up_to_date 和 dpia_up_to_date（文书引用的是项目当前的状态）、approvals（所需的合规和伦理批准均针对当前内容签署）。如果自提交以来内容有变化，发布将退回草稿状态（在审计日志中记录一次），输出中会说明变化之处。只有当准标识符或敏感属性的规则需要项目密钥时，才需要提供口令。</translation>
    </message>
    <message>
        <source>Changed since the submission: %1</source>
        <translation>自提交以来有变化的内容：%1</translation>
    </message>
    <message>
        <source>  %1 by %2 (%3, key %4) at %5%6</source>
        <translation>  %1：%2（%3，密钥 %4），%5%6</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source> (no longer counts)</source>
        <translation>（不再有效）</translation>
    </message>
    <message>
        <source>    Comment: %1</source>
        <translation>    意见：%1</translation>
    </message>
    <message>
        <source>    %1 %2: %3%4</source>
        <translation>    %1 %2：%3%4</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>improvable</source>
        <translation>可改进</translation>
    </message>
    <message>
        <source>to correct</source>
        <translation>需更正</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReleaseSubmitCommand</name>
    <message>
        <source>Freeze the release&apos;s content for review (state submitted); write the review package with --out.</source>
        <translation>冻结发布内容以供审核（状态为已提交）；用 --out 写出审核包。</translation>
    </message>
    <message>
        <source>Measures the release and checks every gate but approvals; when one fails, nothing changes and the command exits 3 naming the failing gates. Otherwise the content hash of the release (data, classification, rules, hierarchies, consent, documents and settings) is recorded as the submission the reviewers decide on, and the release is submitted (audited). With --out the review package (a BagIt zip a reviewer opens without the project) is written to REVIEW.zip. Any later change to the content returns the release to draft.</source>
        <translation>度量发布并检查除批准之外的每道关卡；如有关卡未通过，不作任何更改，命令以退出码 3 退出并列出未通过的关卡。否则，发布的内容哈希（数据、分类分级、规则、泛化层次、同意、文书和设置）将被记录为供审核人决定的提交内容，发布状态变为已提交（记入审计日志）。使用 --out 时，审核包（审核人无需项目即可打开的 BagIt zip）将写入 REVIEW.zip。此后内容的任何变化都会使发布退回草稿状态。</translation>
    </message>
    <message>
        <source>write the review package to this file</source>
        <translation>将审核包写入此文件</translation>
    </message>
    <message>
        <source>  [not met] %1: %2</source>
        <translation>  [未满足] %1：%2</translation>
    </message>
    <message>
        <source>Release %1 is submitted for review.</source>
        <translation>发布 %1 已提交审核。</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>内容哈希：%1</translation>
    </message>
    <message>
        <source>Approvals needed: %1 compliance, %2 ethics.</source>
        <translation>所需批准：合规 %1 项，伦理 %2 项。</translation>
    </message>
    <message>
        <source>Review package: %1</source>
        <translation>审核包：%1</translation>
    </message>
</context>
<context>
    <name>steward::cli::RenameCommand</name>
    <message>
        <source>Rename a dataset.</source>
        <translation>重命名数据集。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s current name</source>
        <translation>数据集的当前名称</translation>
    </message>
    <message>
        <source>its new name (not used by another dataset)</source>
        <translation>新名称（不能与其他数据集重名）</translation>
    </message>
    <message>
        <source>the new name must not be empty</source>
        <translation>新名称不能为空</translation>
    </message>
    <message>
        <source>Renamed dataset %1 to %2.</source>
        <translation>已将数据集“%1”重命名为“%2”。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ReviewCommand</name>
    <message>
        <source>Check and summarise a review package, or sign a decision on it (offline, no project needed).</source>
        <translation>检查并概述审核包，或对其签署决定（离线，无需项目）。</translation>
    </message>
    <message>
        <source>Without --key: checks every hash of the review package (exit 4 when anything in it was changed) and prints what the release is: the data, to whom, why, the sharing mode, the risk in plain words and the gates. With --key FILE and --approve or --reject: signs a decision on the package&apos;s content with that reviewer key (its passphrase from --key-passphrase-file F, else STEWARD_KEY_PASSPHRASE, else a prompt) and writes the decision file to --out (a file, or a folder for the name RELEASE-ROLE-FINGERPRINT.decision.zip). --comment adds a comment; --marks FILE adds marks per document section, a JSON array of {&quot;document&quot;: &quot;dpia&quot;|&quot;dsa&quot;, &quot;section&quot;, &quot;mark&quot;: &quot;acceptable&quot;|&quot;improvable&quot;|&quot;to_correct&quot;, &quot;comment&quot;}. The decision file holds decision.json, decision.json.minisig and signer.pub: `unzip` and `minisign -Vm decision.json -p signer.pub` check it without Steward.</source>
        <translation>不带 --key 时：检查审核包的每个哈希（有任何内容被改动时退出码为 4），并输出发布的概况：数据、接收方、目的、共享模式、以通俗语言描述的风险以及关卡。带 --key FILE 及 --approve 或 --reject 时：用该审核人密钥对审核包的内容签署决定（口令依次取自 --key-passphrase-file F、STEWARD_KEY_PASSPHRASE，否则提示输入），并将决定文件写入 --out（一个文件，或一个文件夹，文件名为 RELEASE-ROLE-FINGERPRINT.decision.zip）。--comment 添加意见；--marks FILE 添加对文书各章节的标记，格式为 JSON 数组，元素为 {&quot;document&quot;: &quot;dpia&quot;|&quot;dsa&quot;, &quot;section&quot;, &quot;mark&quot;: &quot;acceptable&quot;|&quot;improvable&quot;|&quot;to_correct&quot;, &quot;comment&quot;}。决定文件包含 decision.json、decision.json.minisig 和 signer.pub：无需 Steward，用 `unzip` 和 `minisign -Vm decision.json -p signer.pub` 即可校验。</translation>
    </message>
    <message>
        <source>the review package (.review.zip)</source>
        <translation>审核包（.review.zip）</translation>
    </message>
    <message>
        <source>the reviewer&apos;s key (from keygen) to sign a decision with</source>
        <translation>用于签署决定的审核人密钥（keygen 生成）</translation>
    </message>
    <message>
        <source>approve the release</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <source>reject the release</source>
        <translation>驳回发布</translation>
    </message>
    <message>
        <source>a comment to sign with the decision</source>
        <translation>随决定一同签署的意见</translation>
    </message>
    <message>
        <source>marks per document section (JSON)</source>
        <translation>对文书各章节的标记（JSON）</translation>
    </message>
    <message>
        <source>the decision file (or folder) to write</source>
        <translation>要写入的决定文件（或文件夹）</translation>
    </message>
    <message>
        <source>--%1 needs --key FILE</source>
        <translation>--%1 需要 --key FILE</translation>
    </message>
    <message>
        <source>review --key needs exactly one of --approve and --reject</source>
        <translation>review --key 需要且只能指定 --approve 和 --reject 之一</translation>
    </message>
    <message>
        <source>review --key needs --out DECISION</source>
        <translation>review --key 需要 --out DECISION</translation>
    </message>
    <message>
        <source>cannot open the package: it does not exist</source>
        <translation>无法打开审核包：文件不存在</translation>
    </message>
    <message numerus="yes">
        <source>Review package of release %1: intact (%Ln file(s), every hash matches).</source>
        <translation>
            <numerusform>发布 %1 的审核包：完好（%Ln 个文件，所有哈希均一致）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>内容哈希：%1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>To whom: %1</source>
        <translation>接收方：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>目的：%1</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>方式：%1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Dataset %1: %2 records, %3 fields in %4</source>
        <translation>数据集 %1：%2 条记录，%3 个字段，位于 %4</translation>
    </message>
    <message>
        <source>  smallest group of look-alike records: %1 before masking, %2 after; highest re-identification risk: %3 before, %4 after</source>
        <translation>  取值相同的最小记录组：脱敏前 %1 条，脱敏后 %2 条；最高重标识风险：脱敏前 %3，脱敏后 %4</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>关卡：</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>expected an array of section marks</source>
        <translation>应为章节标记数组</translation>
    </message>
    <message>
        <source>expected an object {&quot;document&quot;, &quot;section&quot;, &quot;mark&quot;, &quot;comment&quot;}</source>
        <translation>应为对象 {&quot;document&quot;, &quot;section&quot;, &quot;mark&quot;, &quot;comment&quot;}</translation>
    </message>
    <message>
        <source>expected &quot;document&quot;: &quot;dpia&quot; or &quot;dsa&quot;</source>
        <translation>应为 &quot;document&quot;: &quot;dpia&quot; 或 &quot;dsa&quot;</translation>
    </message>
    <message>
        <source>expected &quot;section&quot;: the key of a section of the %1 in this package</source>
        <translation>应为 &quot;section&quot;：此审核包中%1某一章节的键</translation>
    </message>
    <message>
        <source>expected &quot;mark&quot;: &quot;acceptable&quot;, &quot;improvable&quot; or &quot;to_correct&quot;</source>
        <translation>应为 &quot;mark&quot;: &quot;acceptable&quot;、&quot;improvable&quot; 或 &quot;to_correct&quot;</translation>
    </message>
    <message>
        <source>a decision is signed with a compliance or ethics key; %1 is a %2 key</source>
        <translation>决定须用合规或伦理密钥签署；%1 是 %2 角色的密钥</translation>
    </message>
    <message>
        <source>%1 (%2) approved release %3.</source>
        <translation>%1（%2）批准了发布 %3。</translation>
    </message>
    <message>
        <source>%1 (%2) rejected release %3.</source>
        <translation>%1（%2）驳回了发布 %3。</translation>
    </message>
    <message>
        <source>Signed decision written to %1.</source>
        <translation>已签署的决定已写入 %1。</translation>
    </message>
    <message>
        <source>Give this file to the data steward (release decide --import).</source>
        <translation>请将此文件交给数据管理员（release decide --import）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::RiskCommand</name>
    <message>
        <source>Measure the re-identification risk of the masked (or raw) data.</source>
        <translation>度量脱敏后（或原始）数据的重标识风险。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>the quasi-identifiers (default: the classification&apos;s)</source>
        <translation>准标识符（默认：取自分类分级结果）</translation>
    </message>
    <message>
        <source>the sensitive attributes (default: the classification&apos;s)</source>
        <translation>敏感属性（默认：取自分类分级结果）</translation>
    </message>
    <message>
        <source>the target k (default 5)</source>
        <translation>目标 k 值（默认 5）</translation>
    </message>
    <message>
        <source>measure the data as stored, without masking</source>
        <translation>按存储原样度量数据，不进行脱敏</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>Dataset %1 as stored</source>
        <translation>数据集“%1”（按存储原样）</translation>
    </message>
    <message>
        <source>Dataset %1 as masked by its rules</source>
        <translation>数据集“%1”（按其规则脱敏后）</translation>
    </message>
    <message>
        <source>Quasi-identifiers: %1</source>
        <translation>准标识符：%1</translation>
    </message>
    <message>
        <source>Records: %1; equivalence classes: %2; smallest class: %3</source>
        <translation>记录数：%1；等价类数：%2；最小等价类：%3</translation>
    </message>
    <message>
        <source>Records in classes below k=%1: %2 (%3)</source>
        <translation>所在等价类小于 k=%1 的记录：%2（%3）</translation>
    </message>
    <message>
        <source>Sample uniques: %1; prosecutor risk max %2, average %3</source>
        <translation>样本唯一记录占比：%1；检察官攻击风险最大 %2，平均 %3</translation>
    </message>
    <message>
        <source>l-diversity of %1: %2</source>
        <translation>%1 的 l-多样性：%2</translation>
    </message>
    <message>
        <source>Warning: the record suppression leaves out more records than the limit it was chosen with; run anonymize again.</source>
        <translation>警告：记录抑制排除的记录数超过了选定它时所用的上限；请重新运行 anonymize。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Information loss: %1 over the quasi-identifiers; per field: %2</source>
        <translation>信息损失：准标识符总体 %1；各字段：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Suppressed: %1, %2</source>
        <translation>已抑制：%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Records with equal quasi-identifier values form an equivalence class. The figures: records, classes, the smallest class (the data is k-anonymous for that k), records in classes below --k (default 5), sample uniques and prosecutor risk as fractions 0-1, and the distinct l-diversity of each sensitive attribute. Quasi-identifiers and sensitive attributes default to the classification (confirmed, else suggested roles). Without --raw the data is masked by the dataset&apos;s rules first (a dropped field is left out; a suppressed cell counts as one value &quot;*&quot;) and the record suppression that anonymize stored leaves out the records of classes below its k; rules that need the project secret need the passphrase. Information loss per field is the average over its cells of (m-1)/(N-1), m the stored values its masked value covers and N the field&apos;s distinct stored values (a dropped field, a suppressed cell or record counts 1); the total is the mean over the quasi-identifiers. With --population-size or --sampling-fraction (the released records as a share of the population they come from) the share of the population that is unique on the quasi-identifiers is estimated (Pitman up to a sampling fraction of 10%, above it the smaller of Zayatz and SNB; Zayatz when the chosen model does not converge), with the journalist risk (highest and average; each class&apos;s population size modelled from its sample size) and the marketer risk.</source>
        <translation>准标识符取值相同的记录构成一个等价类。统计数据包括：记录数、等价类数、最小等价类的大小（数据对该 k 满足 k-匿名）、位于小于 --k（默认 5）的等价类中的记录数、样本唯一记录占比和检察官攻击风险（以 0-1 的比例表示），以及每个敏感属性的不同值 l-多样性。准标识符和敏感属性默认取自分类分级结果（已确认的角色，否则为建议的角色）。不使用 --raw 时，数据会先按数据集的规则脱敏（被删除的字段不计入；被抑制的单元格计为一个值“*”），并由 anonymize 存储的记录抑制排除低于其 k 值的等价类中的记录；需要项目密钥的规则须提供口令。每个字段的信息损失为其各单元格 (m-1)/(N-1) 的平均值，其中 m 为该单元格脱敏后的值所覆盖的存储值个数，N 为该字段不同存储值的个数（被删除的字段、被抑制的单元格或记录计为 1）；总信息损失为各准标识符信息损失的平均值。给出 --population-size 或 --sampling-fraction（发布的记录占其来源总体的比例）时，还会估计总体中在准标识符上唯一的人所占的比例（抽样比例不超过 10% 时用 Pitman 模型，超过时取 Zayatz 与 SNB 中较小者；所选模型不收敛时用 Zayatz），以及记者攻击风险（最高与平均；每个等价类在总体中的大小由其样本大小推算）和营销者攻击风险。</translation>
    </message>
    <message>
        <source>the size of the population the records were drawn from</source>
        <translation>记录所抽取自的总体的规模</translation>
    </message>
    <message>
        <source>the records&apos; share of that population, above 0 and at most 1</source>
        <translation>记录占该总体的比例，大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>give either --population-size or --sampling-fraction, not both</source>
        <translation>--population-size 与 --sampling-fraction 只能给出其一，不能同时使用</translation>
    </message>
    <message>
        <source>--population-size must be a number of people, at least 1</source>
        <translation>--population-size 必须是人数，至少为 1</translation>
    </message>
    <message>
        <source>--sampling-fraction must be above 0 and at most 1</source>
        <translation>--sampling-fraction 必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>无估计值</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Population: %1 people; sampling fraction %2</source>
        <translation>总体：%1 人；抽样比例 %2</translation>
    </message>
    <message>
        <source>Pitman</source>
        <translation>Pitman</translation>
    </message>
    <message>
        <source>Zayatz</source>
        <translation>Zayatz</translation>
    </message>
    <message>
        <source>SNB</source>
        <translation>SNB</translation>
    </message>
    <message>
        <source>no sample uniques</source>
        <translation>无样本唯一记录</translation>
    </message>
    <message>
        <source>Estimated population uniques: %1 of the population, an estimated %2 of %3 people (%4)</source>
        <translation>估计的总体唯一个体：占总体的 %1，估计为 %3 人中的 %2 人（%4）</translation>
    </message>
    <message>
        <source>Estimates by model: Pitman %1, Zayatz %2, SNB %3</source>
        <translation>各模型的估计：Pitman %1，Zayatz %2，SNB %3</translation>
    </message>
    <message>
        <source>Journalist risk max %1, average %2; marketer risk %3</source>
        <translation>记者攻击风险最大 %1，平均 %2；营销者攻击风险 %3</translation>
    </message>
</context>
<context>
    <name>steward::cli::RulesCommand</name>
    <message>
        <source>Show, suggest or set the masking rule of each field.</source>
        <translation>显示、建议或设置每个字段的脱敏规则。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>replace the rules with the ones suggested from the classification</source>
        <translation>用根据分类分级结果建议的规则替换现有规则</translation>
    </message>
    <message>
        <source>set a field&apos;s masking rule; may be repeated</source>
        <translation>设置某个字段的脱敏规则；可多次指定</translation>
    </message>
    <message>
        <source>remove a field&apos;s rule (the field is kept); may be repeated</source>
        <translation>删除某个字段的规则（字段本身保留）；可多次指定</translation>
    </message>
    <message>
        <source>dataset %1 has no field named %2</source>
        <translation>数据集“%1”中没有名为“%2”的字段</translation>
    </message>
    <message>
        <source>field %1 is given more than once</source>
        <translation>字段“%1”被重复指定</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Every field has one masking rule; a field without one is kept. --suggest replaces all rules with the ones suggested from the classification (the dataset is profiled and classified first when needed): direct identifiers dropped except the subject key, which becomes a pseudonym; quasi-identifiers generalised; free text scrubbed. --set FIELD=OPERATOR[:K=V,...] sets a field&apos;s rule (after --suggest), --clear FIELD removes it. Rules are kept per field name, so they survive import --replace. An unknown field is bad input (exit code 2), a malformed rule a usage error (exit code 1). All changes are one transaction with audit entries: a failing command changes nothing.

--preset hipaa-safe-harbor|gbt39725-controlled replaces all rules with a preset computed from the classification (see core/mask/README.md); with hipaa-safe-harbor the subject key is dropped unless --subject-pseudonym.

Templates: --save-template NAME stores the dataset&apos;s rules (every column, a field without a rule as keep) and its record suppression in the project; --template NAME|FILE applies a stored template or a template file (after --suggest/--preset, over them; otherwise it replaces all rules) and lists the template&apos;s fields missing from the dataset and the dataset&apos;s fields the template does not cover; --templates lists the stored templates and how they fit DATASET; --import-template FILE stores a template file, --export-template NAME --out FILE writes one, --delete-template NAME removes one. An unknown template, a malformed template file or a recode/hierarchy file that no longer exists is bad input (exit code 2).</source>
        <translation>每个字段有一条脱敏规则；没有规则的字段保持原样。--suggest 将所有规则替换为根据分类分级结果建议的规则（必要时会先对数据集进行剖析和分类）：删除直接标识符（主体键除外，主体键转为假名）；泛化准标识符；清洗自由文本。--set FIELD=OPERATOR[:K=V,...] 设置字段的规则（在 --suggest 之后执行），--clear FIELD 移除字段的规则。规则按字段名保存，因此执行 import --replace 后仍然有效。未知字段属于错误输入（退出码 2），格式错误的规则属于用法错误（退出码 1）。所有更改作为一个事务执行并记录审计条目：命令失败时不会做任何更改。

--preset hipaa-safe-harbor|gbt39725-controlled 将所有规则替换为根据分类分级结果计算出的预设（参见 core/mask/README.md）；使用 hipaa-safe-harbor 时，除非指定 --subject-pseudonym，否则会删除主体键。

模板：--save-template NAME 将数据集的规则（包括每一列，没有规则的字段记为 keep）及其记录抑制存储到项目中；--template NAME|FILE 应用已存储的模板或模板文件（在 --suggest/--preset 之后执行并覆盖其结果；否则替换所有规则），并列出模板中有而数据集中缺少的字段，以及数据集中模板未覆盖的字段；--templates 列出已存储的模板及其与 DATASET 的匹配情况；--import-template FILE 将模板文件存储到项目中，--export-template NAME --out FILE 将模板写入文件，--delete-template NAME 删除模板。未知模板、格式错误的模板文件或已不存在的 recode/hierarchy 文件属于错误输入（退出码 2）。</translation>
    </message>
    <message>
        <source>replace the rules with a preset from the classification: %1</source>
        <translation>用根据分类分级结果生成的预设替换规则：%1</translation>
    </message>
    <message>
        <source>with --preset hipaa-safe-harbor: make the subject key a keyed pseudonym instead of dropping it</source>
        <translation>与 --preset hipaa-safe-harbor 一起使用：将主体键转为带密钥的假名，而不是删除</translation>
    </message>
    <message>
        <source>apply a stored masking template or a template file (fields matched by name)</source>
        <translation>应用已存储的脱敏模板或模板文件（按名称匹配字段）</translation>
    </message>
    <message>
        <source>store the dataset&apos;s rules and record suppression as a template in the project (replacing one of the same name)</source>
        <translation>将数据集的规则和记录抑制作为模板存储到项目中（替换同名模板）</translation>
    </message>
    <message>
        <source>list the masking templates stored in the project</source>
        <translation>列出项目中存储的脱敏模板</translation>
    </message>
    <message>
        <source>store a template file in the project</source>
        <translation>将模板文件存储到项目中</translation>
    </message>
    <message>
        <source>write a stored template to the file given with --out</source>
        <translation>将已存储的模板写入 --out 指定的文件</translation>
    </message>
    <message>
        <source>the file --export-template writes</source>
        <translation>--export-template 写入的文件</translation>
    </message>
    <message>
        <source>remove a stored masking template</source>
        <translation>删除已存储的脱敏模板</translation>
    </message>
    <message>
        <source>--preset must be one of %1</source>
        <translation>--preset 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>use either --suggest or --preset, not both</source>
        <translation>--suggest 和 --preset 只能使用其一，不能同时使用</translation>
    </message>
    <message>
        <source>--subject-pseudonym goes with --preset hipaa-safe-harbor</source>
        <translation>--subject-pseudonym 须与 --preset hipaa-safe-harbor 一起使用</translation>
    </message>
    <message>
        <source>--export-template NAME needs --out FILE, and --out goes with --export-template</source>
        <translation>--export-template NAME 需要 --out FILE，且 --out 须与 --export-template 一起使用</translation>
    </message>
    <message>
        <source>--%1 needs a template name</source>
        <translation>--%1 需要模板名称</translation>
    </message>
    <message>
        <source>there is no masking template named %1 in the project and no such file</source>
        <translation>项目中没有名为“%1”的脱敏模板，也没有该文件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Template %1 imported into the project.</source>
        <translation>已将模板“%1”导入项目。</translation>
    </message>
    <message>
        <source>Rules set from preset %1.</source>
        <translation>已根据预设“%1”设置规则。</translation>
    </message>
    <message>
        <source>Fields of the template missing from this dataset: %1</source>
        <translation>模板中有、此数据集中缺少的字段：%1</translation>
    </message>
    <message>
        <source>Fields of this dataset the template does not cover: %1</source>
        <translation>此数据集中模板未覆盖的字段：%1</translation>
    </message>
    <message>
        <source>Record suppression without the missing quasi-identifiers: %1</source>
        <translation>记录抑制（不含缺失的准标识符）：%1</translation>
    </message>
    <message>
        <source>Template %1 replaced.</source>
        <translation>已替换模板“%1”。</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>已保存模板“%1”。</translation>
    </message>
    <message>
        <source>Template %1 written to %2.</source>
        <translation>已将模板“%1”写入 %2。</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>已删除模板“%1”。</translation>
    </message>
    <message>
        <source>No masking templates are stored in this project.</source>
        <translation>此项目中没有存储任何脱敏模板。</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>by</source>
        <translation>保存者</translation>
    </message>
    <message>
        <source>missing in %1</source>
        <translation>%1 中缺少</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message numerus="yes">
        <source>Template %1 applied to %Ln field(s).</source>
        <translation>
            <numerusform>已将模板“%1”应用于 %Ln 个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::cli::SampleCommand</name>
    <message>
        <source>Write a realistic synthetic inpatient extract (CSV) for trying Steward out.</source>
        <translation>生成一份逼真的合成住院患者抽取数据（CSV），用于试用 Steward。</translation>
    </message>
    <message>
        <source>18 columns with Chinese headers as a hospital information system exports them: names, resident ID numbers with valid check characters, mobiles, street addresses, postal codes, insurance numbers, admission and discharge dates, departments, ICD-10 diagnoses (a few highly sensitive), fees, lab values and free-text notes. Every person is invented. The same seed gives the same bytes on every machine. The file is written whole or not at all.</source>
        <translation>共 18 列，使用与医院信息系统导出时相同的中文表头：姓名、校验位正确的居民身份证号、手机号、详细住址、邮政编码、医保号、入院和出院日期、科室、ICD-10 诊断（少数为高度敏感）、费用、检验结果和自由文本备注。所有人员均为虚构。相同的种子在任何机器上都生成完全相同的字节。文件要么完整写出，要么不写。</translation>
    </message>
    <message>
        <source>the CSV file to write (required)</source>
        <translation>要写入的 CSV 文件（必填）</translation>
    </message>
    <message>
        <source>number of records (default 1000)</source>
        <translation>记录数（默认 1000）</translation>
    </message>
    <message>
        <source>random seed, a whole number (default 1)</source>
        <translation>随机种子，整数（默认 1）</translation>
    </message>
    <message>
        <source>utf-8 (default, no BOM) or gb18030</source>
        <translation>utf-8（默认，无 BOM）或 gb18030</translation>
    </message>
    <message>
        <source>--out FILE is required; run &quot;steward-cli help sample&quot;</source>
        <translation>必须指定 --out FILE；请运行 &quot;steward-cli help sample&quot;</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 18446744073709551615</source>
        <translation>--seed 的取值须为 0 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or gb18030</source>
        <translation>--encoding 的取值为 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic records to %2 (%3, seed %4).</source>
        <translation>已将 %1 条合成记录写入 %2（%3，种子 %4）。</translation>
    </message>
</context>
<context>
    <name>steward::cli::SecretCommand</name>
    <message>
        <source>Back up or restore the project secret behind pseudonyms and date shifts.</source>
        <translation>备份或恢复用于假名化和日期偏移的项目密钥。</translation>
    </message>
    <message>
        <source>--backup FILE writes the secret, protected by the project passphrase, to FILE (owner-only). --restore FILE puts a backed-up secret into the project; when the project already has a different secret, --force is needed, because every pseudonym and date shift changes with it. Without either option, reports whether the project has a secret and its fingerprint.</source>
        <translation>--backup FILE 将受项目口令保护的密钥写入 FILE（仅所有者可读）。--restore FILE 将备份的密钥放回项目；若项目已有不同的密钥，需要加 --force，因为所有假名和日期偏移都会随之改变。不带这两个选项时，报告项目是否已有密钥及其指纹。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>write a protected backup of the secret</source>
        <translation>写出受保护的密钥备份</translation>
    </message>
    <message>
        <source>restore the secret from a backup</source>
        <translation>从备份恢复密钥</translation>
    </message>
    <message>
        <source>with --restore: replace a different secret already in the project</source>
        <translation>与 --restore 一起使用：替换项目中已有的不同密钥</translation>
    </message>
    <message>
        <source>give either --backup or --restore, not both</source>
        <translation>请只给出 --backup 或 --restore 之一</translation>
    </message>
    <message>
        <source>The project has a secret (fingerprint %1).</source>
        <translation>项目已有密钥（指纹 %1）。</translation>
    </message>
    <message>
        <source>The project has no secret yet; it is made when a rule first needs it.</source>
        <translation>项目还没有密钥；在规则首次需要时生成。</translation>
    </message>
    <message>
        <source>the project has no secret yet; nothing to back up</source>
        <translation>项目还没有密钥，无可备份</translation>
    </message>
    <message>
        <source>Secret %1 backed up to %2.</source>
        <translation>密钥 %1 已备份到 %2。</translation>
    </message>
    <message>
        <source>The project already has this secret (fingerprint %1); nothing changed.</source>
        <translation>项目已有此密钥（指纹 %1），未作更改。</translation>
    </message>
    <message>
        <source>the project already has a different secret (fingerprint %1); replacing it changes every pseudonym and date shift: add --force to do so</source>
        <translation>项目已有不同的密钥（指纹 %1）；替换它会改变所有假名和日期偏移：如确需替换，请加 --force</translation>
    </message>
    <message>
        <source>Secret %1 restored into the project.</source>
        <translation>密钥 %1 已恢复到项目中。</translation>
    </message>
</context>
<context>
    <name>steward::cli::SheetsCommand</name>
    <message>
        <source>List the sheets of a spreadsheet (.xlsx, .xls), for import --sheet.</source>
        <translation>列出电子表格（.xlsx、.xls）中的工作表，供 import --sheet 使用。</translation>
    </message>
    <message>
        <source>the spreadsheet</source>
        <translation>电子表格文件</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist</source>
        <translation>无法打开文件：文件不存在</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet: it has no sheets.</source>
        <translation>%1 不是电子表格：其中没有工作表。</translation>
    </message>
</context>
<context>
    <name>steward::cli::ShowCommand</name>
    <message>
        <source>Print rows of a dataset as stored.</source>
        <translation>按存储原样输出数据集中的行。</translation>
    </message>
    <message>
        <source>Cells are printed exactly as imported. In text mode line breaks inside a cell show as ↵ and long cells are shortened; --json gives every cell in full.</source>
        <translation>单元格按导入时的原样输出。文本模式下，单元格内的换行显示为 ↵，过长的单元格会被截短；--json 输出每个单元格的完整内容。</translation>
    </message>
    <message>
        <source>the project file (.steward)</source>
        <translation>项目文件（.steward）</translation>
    </message>
    <message>
        <source>the dataset&apos;s name</source>
        <translation>数据集名称</translation>
    </message>
    <message>
        <source>skip the first K rows (default 0)</source>
        <translation>跳过前 K 行（默认 0）</translation>
    </message>
    <message>
        <source>print at most N rows (default 100)</source>
        <translation>最多输出 N 行（默认 100）</translation>
    </message>
    <message>
        <source>Dataset %1 has %2 rows: no rows to show from row %3 on.</source>
        <translation>数据集“%1”共有 %2 行：从第 %3 行起没有可显示的行。</translation>
    </message>
    <message>
        <source>Dataset %1: rows %2 to %3 of %4</source>
        <translation>数据集“%1”：第 %2 至 %3 行（共 %4 行）</translation>
    </message>
    <message>
        <source>show the rows as masked by the dataset&apos;s masking rules (see rules); a dropped field is left out, a suppressed cell is null</source>
        <translation>按数据集的脱敏规则显示脱敏后的行（见 rules）；被删除的字段不显示，被抑制的单元格显示为 null</translation>
    </message>
    <message>
        <source>Dataset %1, masked: rows %2 to %3 of %4</source>
        <translation>数据集“%1”（已脱敏）：第 %2 至 %3 行（共 %4 行）</translation>
    </message>
    <message>
        <source>%1 of these records are left out by the record suppression.</source>
        <translation>其中 %1 条记录被记录抑制排除。</translation>
    </message>
</context>
<context>
    <name>steward::cli::TrustAddCommand</name>
    <message>
        <source>Trust a public key for a role (steward, compliance, ethics).</source>
        <translation>将某个公钥信任为某一角色（steward、compliance、ethics）。</translation>
    </message>
    <message>
        <source>PUBFILE is a public key in minisign format (FILE.pub from keygen, or from `minisign -G`). Decisions and exports are accepted only when signed by a key the project trusts for the signer&apos;s role. --name sets the name shown for the key (default: the name in the key&apos;s comment, else its fingerprint).</source>
        <translation>PUBFILE 为 minisign 格式的公钥（keygen 生成的 FILE.pub，或 `minisign -G` 生成的公钥）。只有由项目信任为签名人所属角色的密钥签名的决定和导出才会被接受。--name 设置显示的密钥名称（默认取密钥注释中的名称，否则为其指纹）。</translation>
    </message>
    <message>
        <source>the public key (.pub)</source>
        <translation>公钥（.pub）</translation>
    </message>
    <message>
        <source>steward, compliance or ethics</source>
        <translation>steward、compliance 或 ethics</translation>
    </message>
    <message>
        <source>the name shown for the key</source>
        <translation>显示的密钥名称</translation>
    </message>
    <message>
        <source>trust add needs --role steward|compliance|ethics</source>
        <translation>trust add 需要 --role steward|compliance|ethics</translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation>--role 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>Key %1 (%2) is trusted as %3.</source>
        <translation>密钥 %1（%2）已被信任为%3。</translation>
    </message>
</context>
<context>
    <name>steward::cli::TrustListCommand</name>
    <message>
        <source>List the keys the project trusts, per role.</source>
        <translation>按角色列出项目信任的密钥。</translation>
    </message>
</context>
<context>
    <name>steward::cli::TrustRemoveCommand</name>
    <message>
        <source>Stop trusting a key (for every role).</source>
        <translation>不再信任某个密钥（所有角色）。</translation>
    </message>
    <message>
        <source>the key&apos;s 16 hexadecimal digits</source>
        <translation>密钥的 16 位十六进制数字</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translation>密钥 %1 已不再受信任。</translation>
    </message>
</context>
<context>
    <name>steward::cli::VerifyCommand</name>
    <message>
        <source>Check an export package offline: the bag, every hash and every signature.</source>
        <translation>离线检查导出的发布包：bag、每个哈希和每个签名。</translation>
    </message>
    <message>
        <source>Needs no project. Checks bagit.txt, the Payload-Oxum of bag-info.txt, the SHA-256 of every payload file (manifest-sha256.txt) and tag file (tagmanifest-sha256.txt), the steward&apos;s signature over the tag manifest, every approval&apos;s signature and that each approval signs the content hash in release.json. Each failure names the file or signature at fault; any failure exits 4. An age-encrypted package (.zip.age) is decrypted first with --passphrase-file F or --identity FILE. With --trusted PUBFILE (repeatable) the steward&apos;s and the approvers&apos; keys must be among those keys.</source>
        <translation>无需项目。检查 bagit.txt、bag-info.txt 中的 Payload-Oxum、每个有效载荷文件（manifest-sha256.txt）和标签文件（tagmanifest-sha256.txt）的 SHA-256、数据管理员对标签清单的签名、每项批准的签名，以及每项批准签署的是否为 release.json 中的内容哈希。每个失败项都会指明出错的文件或签名；有任何失败时退出码为 4。age 加密的发布包（.zip.age）先用 --passphrase-file F 或 --identity FILE 解密。使用 --trusted PUBFILE（可重复）时，数据管理员和批准人的密钥必须在这些密钥之列。</translation>
    </message>
    <message>
        <source>the package (.zip or .zip.age)</source>
        <translation>发布包（.zip 或 .zip.age）</translation>
    </message>
    <message>
        <source>decrypt with the passphrase in the first line of file F</source>
        <translation>用文件 F 第一行中的口令解密</translation>
    </message>
    <message>
        <source>decrypt with the age identities in this file; may be repeated</source>
        <translation>用此文件中的 age 身份解密；可多次指定</translation>
    </message>
    <message>
        <source>a public key (minisign format) the signers must be among; may be repeated</source>
        <translation>签名人必须在其中的公钥（minisign 格式）；可多次指定</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1</source>
        <translation>无法读取口令文件 %1</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>口令文件 %1 为空</translation>
    </message>
    <message numerus="yes">
        <source>Package %1: release %2, %Ln file(s)%3.</source>
        <translation>
            <numerusform>发布包 %1：发布 %2，%Ln 个文件%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>, decrypted</source>
        <translation>，已解密</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>内容哈希：%1</translation>
    </message>
    <message>
        <source>  ok    </source>
        <translation>  通过  </translation>
    </message>
    <message>
        <source>  FAIL  </source>
        <translation>  失败  </translation>
    </message>
    <message>
        <source>, trusted</source>
        <translation>，受信任</translation>
    </message>
    <message>
        <source>, NOT trusted</source>
        <translation>，不受信任</translation>
    </message>
    <message>
        <source>The package is intact: every hash and signature checks.</source>
        <translation>发布包完好：所有哈希和签名均校验通过。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed verification (%Ln problem(s))</source>
        <translation>
            <numerusform>%1 校验未通过（%Ln 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::sql::Database</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the project file is damaged (%1)</source>
        <translation>项目文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>磁盘已满；未做任何更改</translation>
    </message>
</context>
<context>
    <name>steward::sql::Statement</name>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>磁盘已满；未做任何更改</translation>
    </message>
</context>
<context>
    <name>steward::ui::AboutDialog</name>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>LGPL-2.1 with static linking exception</source>
        <translation>LGPL-2.1（附静态链接例外）</translation>
    </message>
    <message>
        <source>About Steward</source>
        <translation>关于 Steward</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with Qt %3)</source>
        <translation>版本 %1 · Qt %2（基于 Qt %3 构建）</translation>
    </message>
    <message>
        <source>A workstation for hospital data stewards: import patient-data extracts into one local project file, review them, and prepare them for release under control.</source>
        <translation>面向医院数据管理员的工作站：将患者数据抽取文件导入一个本地项目文件，进行审查，并为受控发布做好准备。</translation>
    </message>
    <message>
        <source>Steward is built on these open-source components:</source>
        <translation>Steward 基于以下开源组件构建：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Copy Version Info</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>%1 (command-line tool)</source>
        <translation>%1（命令行工具）</translation>
    </message>
</context>
<context>
    <name>steward::ui::AnonymizeDialog</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Anonymize “%1”</source>
        <translation>匿名化“%1”</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Percent of the records that may be left out of the release</source>
        <translation>允许从发布数据中排除的记录百分比</translation>
    </message>
    <message>
        <source>Target &amp;k:</source>
        <translation>目标 k(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Suppression limit:</source>
        <translation>抑制上限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Apply as Rules</source>
        <translation>应用为规则(&amp;A)</translation>
    </message>
    <message>
        <source>Store the generalisation as the fields&apos; rules, with the record suppression when records are suppressed</source>
        <translation>将泛化方案存储为字段的规则；如有记录被抑制，同时存储记录抑制</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>No field is classified as a quasi-identifier: check the fields to generalise.</source>
        <translation>没有字段被分类为准标识符：请勾选要泛化的字段。</translation>
    </message>
    <message>
        <source>Check at least one field as a quasi-identifier.</source>
        <translation>请至少勾选一个字段作为准标识符。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Finds the generalisation of the quasi-identifiers with the least information loss that puts every record in a class of at least k records and meets the privacy models, suppressing the records of failing classes within the limit. No field is generalised less than its stored rule.</source>
        <translation>查找信息损失最小的准标识符泛化方案，使每条记录所在的等价类至少有 k 条记录并满足各项隐私模型；不满足的等价类的记录在抑制上限内被抑制。任何字段的泛化程度都不会低于其已存储的规则。</translation>
    </message>
    <message>
        <source>&amp;Quasi-identifiers</source>
        <translation>准标识符(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Privacy models</source>
        <translation>隐私模型(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>Every record kept shares its quasi-identifiers with at least k − 1 others</source>
        <translation>保留的每条记录至少与另外 k − 1 条记录的准标识符相同</translation>
    </message>
    <message>
        <source>&amp;Privacy models (%1)</source>
        <translation>隐私模型（%1）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>steward::ui::AnonymizeResultView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation>泛化</translation>
    </message>
    <message>
        <source>Compared with the stored rule</source>
        <translation>与已存储规则相比</translation>
    </message>
    <message>
        <source>Information loss</source>
        <translation>信息损失</translation>
    </message>
    <message>
        <source>Applying also stores the record suppression: the masked data and the risk measurement leave the suppressed records out.</source>
        <translation>应用时还会存储记录抑制：脱敏后的数据和风险度量都将排除被抑制的记录。</translation>
    </message>
    <message>
        <source>level “%1”</source>
        <translation>级别“%1”</translation>
    </message>
    <message>
        <source>kept as it is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>kept: the stored rule (%1) is the floor</source>
        <translation>保留：已存储的规则（%1）即为下限</translation>
    </message>
    <message>
        <source>new rule (the field had none)</source>
        <translation>新规则（该字段原先没有规则）</translation>
    </message>
    <message>
        <source>replaces %1 (at least: %2)</source>
        <translation>替换 %1（至少：%2）</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>替换 %1</translation>
    </message>
    <message>
        <source>Level 0 (kept as it is)</source>
        <translation>第 0 级（保持原样）</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>第 %1 级：%2</translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1，例如 %2</translation>
    </message>
    <message>
        <source>%1
Stored rule: %2
New rule: %3</source>
        <translation>%1
已存储的规则：%2
新规则：%3</translation>
    </message>
    <message>
        <source>%1
New rule: %2</source>
        <translation>%1
新规则：%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Information loss of %1: %2 %</source>
        <translation>%1 的信息损失：%2 %</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>等价类：%1</translation>
    </message>
    <message numerus="yes">
        <source>Smallest class: %Ln record(s)</source>
        <translation>
            <numerusform>最小等价类：%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Suppressed records: %1 (%2 %)</source>
        <translation>被抑制的记录：%1（%2 %）</translation>
    </message>
    <message>
        <source>Average risk: %1 %, highest risk: %2 %</source>
        <translation>平均风险：%1 %，最高风险：%2 %</translation>
    </message>
    <message>
        <source>Information loss: %1 % (mean over the quasi-identifiers; %2 % weighted)</source>
        <translation>信息损失：%1 %（各准标识符的平均值；加权后为 %2 %）</translation>
    </message>
    <message>
        <source>Information loss: %1 % (mean over the quasi-identifiers)</source>
        <translation>信息损失：%1 %（各准标识符的平均值）</translation>
    </message>
    <message>
        <source>%1: at least %2 distinct values per class (asked %3)</source>
        <translation>%1：每个等价类至少 %2 个不同值（要求 %3）</translation>
    </message>
    <message>
        <source>%1: entropy l = %2 (asked %3)</source>
        <translation>%1：熵 l = %2（要求 %3）</translation>
    </message>
    <message>
        <source>%1: recursive (c,l)-diversity holds up to l = %2 (asked %3, c = %4)</source>
        <translation>%1：递归 (c,l)-多样性最高满足 l = %2（要求 %3，c = %4）</translation>
    </message>
    <message>
        <source>%1: t = %2 (asked at most %3)</source>
        <translation>%1：t = %2（要求不超过 %3）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>搜索前</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditTrailModel</name>
    <message>
        <source>The hash chain breaks here: this entry, or the link to the one before it, was altered outside Steward.</source>
        <translation>哈希链在此处断裂：这条记录或它与上一条记录的链接曾在 Steward 之外被改动。</translation>
    </message>
    <message>
        <source>After the break in the hash chain: this entry cannot be trusted.</source>
        <translation>位于哈希链断裂处之后：这条记录不可信。</translation>
    </message>
    <message>
        <source>Stored as %1 (UTC)</source>
        <translation>存储值为 %1（UTC）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>操作标识</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditTrailWindow</name>
    <message>
        <source>Audit Trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Show one kind of action</source>
        <translation>只显示一种操作</translation>
    </message>
    <message>
        <source>Show the actions on one dataset (or template, or the project)</source>
        <translation>只显示针对某个数据集（或模板、或项目本身）的操作</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Show one person&apos;s actions</source>
        <translation>只显示某个人的操作</translation>
    </message>
    <message>
        <source>Search users, targets, details…</source>
        <translation>搜索用户、对象、详情…</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>选择一条记录以查看其详情。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entries shown (all of them when no filter is set) as a CSV file</source>
        <translation>将当前显示的记录（未设筛选时为全部记录）保存为 CSV 文件</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Hash chain intact: the entry is as Steward wrote it.</source>
        <translation>哈希链完好：这条记录与 Steward 写入时一致。</translation>
    </message>
    <message>
        <source>Hash chain intact: all %1 entries are as Steward wrote them.</source>
        <translation>哈希链完好：全部 %1 条记录均与 Steward 写入时一致。</translation>
    </message>
    <message>
        <source>Hash chain broken at entry %1: that entry, or its link to the one before, was altered outside Steward. Entries from %1 on cannot be trusted.</source>
        <translation>哈希链在第 %1 条记录处断裂：该记录或它与上一条记录的链接曾在 Steward 之外被改动。从第 %1 条起的记录均不可信。</translation>
    </message>
    <message>
        <source>Show Entry %1</source>
        <translation>显示第 %1 条记录</translation>
    </message>
    <message>
        <source>Entry %1 — %2 (%3)</source>
        <translation>第 %1 条记录 — %2（%3）</translation>
    </message>
    <message>
        <source>Time: %1 (stored as %2 UTC)</source>
        <translation>时间：%1（存储值为 %2 UTC）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Warning: the hash chain breaks at this entry.</source>
        <translation>警告：哈希链在这条记录处断裂。</translation>
    </message>
    <message>
        <source>Warning: this entry comes after the break in the hash chain.</source>
        <translation>警告：这条记录位于哈希链断裂处之后。</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>上一条哈希：%1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>显示 %1 / %2 条记录</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Export Audit Trail</source>
        <translation>无法导出审计日志</translation>
    </message>
    <message>
        <source>The audit trail was not exported.</source>
        <translation>审计日志未导出。</translation>
    </message>
    <message>
        <source>Exported 1 entry to %1.</source>
        <translation>已将 1 条记录导出到 %1。</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>发布(&amp;R)：</translation>
    </message>
    <message>
        <source>Show the actions on one release: its settings, documents, review and exports</source>
        <translation>显示对某一发布的操作：其设置、文书、审核和导出</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>所有数据集</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>所有发布</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationHeader</name>
    <message>
        <source>Dataset grade</source>
        <translation>数据集敏感级别</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Classification of “%1”</source>
        <translation>“%1”的分类分级</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>无数据集</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>No field is confirmed yet</source>
        <translation>尚无已确认的字段</translation>
    </message>
    <message>
        <source>%1 of %2 fields need a decision</source>
        <translation>%2 个字段中有 %1 个待决定</translation>
    </message>
    <message>
        <source>Not profiled yet: press Profile &amp; Suggest (F5) to get a suggestion for every field.</source>
        <translation>尚未剖析：按“剖析并建议”（F5）为每个字段获取建议。</translation>
    </message>
    <message>
        <source>All %1 fields are decided</source>
        <translation>全部 %1 个字段均已决定</translation>
    </message>
    <message>
        <source>No field is confirmed yet. The suggestions make it grade %1.</source>
        <translation>尚无已确认的字段。按建议，该数据集为 %1 级。</translation>
    </message>
    <message>
        <source>Grade %1 once the open suggestions are confirmed. Unconfirmed fields block a release.</source>
        <translation>待定建议确认后将为 %1 级。存在未确认字段时无法发布。</translation>
    </message>
    <message>
        <source>Unconfirmed fields block a release. Space confirms, Ctrl+E overrides.</source>
        <translation>存在未确认字段时无法发布。按空格键确认，按 Ctrl+E 调整。</translation>
    </message>
    <message>
        <source>Profiling “%1”…</source>
        <translation>正在剖析“%1”…</translation>
    </message>
    <message>
        <source>Profiling fields: %1 of %2</source>
        <translation>正在剖析字段：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationModel</name>
    <message>
        <source>applied from dataset “%1”</source>
        <translation>取自数据集“%1”</translation>
    </message>
    <message>
        <source>applied from template “%1”</source>
        <translation>取自模板“%1”</translation>
    </message>
    <message>
        <source>%1, %2, grade %3</source>
        <translation>%1，%2，%3 级</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Not profiled</source>
        <translation>未剖析</translation>
    </message>
    <message>
        <source>Changed — needs decision</source>
        <translation>有变化——待决定</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Needs decision</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>决定于 %1</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>由 %1 于 %2 决定</translation>
    </message>
    <message>
        <source>Previous decision: %1</source>
        <translation>之前的决定：%1</translation>
    </message>
    <message>
        <source>Confirm the suggestion or override it with a reason.</source>
        <translation>请确认建议，或说明理由后进行调整。</translation>
    </message>
    <message>
        <source>Run “Profile &amp; Suggest” to get a suggestion for this field.</source>
        <translation>运行“剖析并建议”以获得此字段的建议。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Suggested, not yet confirmed</source>
        <translation>建议值，尚未确认</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The most frequent values of the field</source>
        <translation>该字段中最常见的值</translation>
    </message>
    <message>
        <source>The confirmed decision; in italics, the suggestion still to be confirmed</source>
        <translation>已确认的决定；斜体表示尚待确认的建议</translation>
    </message>
    <message>
        <source>How sure the suggestion is</source>
        <translation>建议的可信程度</translation>
    </message>
    <message>
        <source>What the suggestion is based on</source>
        <translation>建议所依据的内容</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationOverviewChart</name>
    <message>
        <source>Fields per grade, split by role</source>
        <translation>各敏感级别的字段数（按角色细分）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationTable</name>
    <message>
        <source>Every field is decided.
Turn off “Needs decision only” to see them all.</source>
        <translation>所有字段均已决定。
取消勾选“仅显示待决定”可查看全部字段。</translation>
    </message>
    <message>
        <source>No field that needs a decision matches “%1”.</source>
        <translation>没有与“%1”匹配的待决定字段。</translation>
    </message>
    <message>
        <source>No field matches “%1”.</source>
        <translation>没有与“%1”匹配的字段。</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationTemplateActions</name>
    <message>
        <source>Apply from &amp;Dataset…</source>
        <translation>从数据集应用(&amp;D)…</translation>
    </message>
    <message>
        <source>Apply from Dataset</source>
        <translation>从数据集应用</translation>
    </message>
    <message>
        <source>Take over the decisions of another dataset for fields with the same name; only new or changed fields then need a decision</source>
        <translation>对同名字段沿用另一数据集的决定；之后只有新增或有变化的字段需要决定</translation>
    </message>
    <message>
        <source>&amp;Apply Template…</source>
        <translation>应用模板(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save as Template…</source>
        <translation>另存为模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export Template to File…</source>
        <translation>将模板导出到文件(&amp;E)…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The classification of “%1” was not applied.</source>
        <translation>未能应用“%1”的分类分级结果。</translation>
    </message>
    <message>
        <source>Apply Dataset “%1”</source>
        <translation>应用数据集“%1”</translation>
    </message>
    <message>
        <source>the decisions of “%1”</source>
        <translation>“%1”的决定</translation>
    </message>
    <message>
        <source>The template “%1” was not applied.</source>
        <translation>未能应用模板“%1”。</translation>
    </message>
    <message>
        <source>Apply Template “%1”</source>
        <translation>应用模板“%1”</translation>
    </message>
    <message>
        <source>the template “%1”</source>
        <translation>模板“%1”</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>模板未保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the template “%1” with %Ln field(s).</source>
        <translation>
            <numerusform>已保存模板“%1”（%Ln 个字段）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was not written.</source>
        <translation>模板未写入文件。</translation>
    </message>
    <message>
        <source>Wrote the template to %1.</source>
        <translation>已将模板写入 %1。</translation>
    </message>
    <message>
        <source>Take over the confirmed decisions of this dataset for fields with the same name:</source>
        <translation>对同名字段沿用以下数据集中已确认的决定：</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件…</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <source>Apply the decisions of this template:</source>
        <translation>应用以下模板中的决定：</translation>
    </message>
    <message>
        <source>Classification templates (*.json);;All files (*)</source>
        <translation>分类分级模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The template cannot be read.</source>
        <translation>无法读取模板。</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Name of the template (the confirmed decisions of “%1”):</source>
        <translation>模板名称（保存“%1”中已确认的决定）：</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <source>Classification templates (*.json)</source>
        <translation>分类分级模板 (*.json)</translation>
    </message>
</context>
<context>
    <name>steward::ui::ClassificationView</name>
    <message>
        <source>Profiling failed.</source>
        <translation>剖析失败。</translation>
    </message>
    <message>
        <source>Profiling cancelled. The stored classification is unchanged.</source>
        <translation>剖析已取消。已保存的分类分级结果保持不变。</translation>
    </message>
    <message>
        <source>Profiling cancelled.</source>
        <translation>剖析已取消。</translation>
    </message>
    <message>
        <source>&amp;Profile &amp;&amp; Suggest</source>
        <translation>剖析并建议(&amp;P)</translation>
    </message>
    <message>
        <source>Profile &amp;&amp; Suggest</source>
        <translation>剖析并建议</translation>
    </message>
    <message>
        <source>Profile every field again and suggest role, category and grade (F5)</source>
        <translation>重新剖析每个字段，并建议角色、类别和敏感级别（F5）</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Accept the suggestion for the selected fields and go to the next field that needs a decision (Space, Ctrl+Return)</source>
        <translation>接受所选字段的建议，并转到下一个待决定的字段（空格键、Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>调整(&amp;O)…</translation>
    </message>
    <message>
        <source>Set role, grade and category of the selected fields, with a reason (Ctrl+E)</source>
        <translation>为所选字段设置角色、敏感级别和类别，并说明理由（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>撤回决定(&amp;R)</translation>
    </message>
    <message>
        <source>Withdraw the decision of the selected fields: they need a decision again (Ctrl+Backspace)</source>
        <translation>撤回所选字段的决定，使其重新变为待决定（Ctrl+Backspace）</translation>
    </message>
    <message>
        <source>&amp;Next Field Needing a Decision</source>
        <translation>下一个待决定的字段(&amp;N)</translation>
    </message>
    <message>
        <source>Needs Decision &amp;Only</source>
        <translation>仅显示待决定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find Field</source>
        <translation>查找字段(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Needs decision only</source>
        <translation>仅显示待决定(&amp;N)</translation>
    </message>
    <message>
        <source>Show only the fields that still need a decision (Ctrl+Shift+D)</source>
        <translation>只显示仍待决定的字段（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Find field (Ctrl+F)</source>
        <translation>查找字段（Ctrl+F）</translation>
    </message>
    <message>
        <source>The classification of “%1” cannot be read.</source>
        <translation>无法读取“%1”的分类分级结果。</translation>
    </message>
    <message>
        <source>No other field needs a decision.</source>
        <translation>没有其他待决定的字段。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The step could not be undone or redone.</source>
        <translation>无法撤销或重做该步骤。</translation>
    </message>
    <message>
        <source>The selected fields are decided already.</source>
        <translation>所选字段均已决定。</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>确认%1</translation>
    </message>
    <message>
        <source>Confirmed %1. All fields are decided.</source>
        <translation>已确认%1。所有字段均已决定。</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>调整%1</translation>
    </message>
    <message>
        <source>Overrode %1: %2, grade %3.</source>
        <translation>已调整%1：%2，%3 级。</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>撤回%1的决定</translation>
    </message>
    <message>
        <source>Reopened %1: it needs a decision again.</source>
        <translation>已撤回%1的决定，需要重新决定。</translation>
    </message>
    <message>
        <source>Applied %1: %2 fields confirmed as before, %3 changed, %4 new.</source>
        <translation>已应用%1：%2 个字段按原决定确认，%3 个有变化，%4 个为新增。</translation>
    </message>
    <message>
        <source>Only those need a decision now.</source>
        <translation>现在只有这些字段需要决定。</translation>
    </message>
    <message>
        <source>Profiling “%1” in the background…</source>
        <translation>正在后台剖析“%1”…</translation>
    </message>
    <message>
        <source>The profile of “%1” was not stored.</source>
        <translation>“%1”的剖析结果未保存。</translation>
    </message>
    <message>
        <source>The rule files could not be read; the built-in rules are used.</source>
        <translation>无法读取规则文件；将使用内置规则。</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %1. %Ln field(s) still need a decision.</source>
        <translation>
            <numerusform>已确认%1。仍有 %Ln 个字段待决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiled %Ln field(s) of “%1”; %2 need a decision.</source>
        <translation>
            <numerusform>已剖析“%1”的 %Ln 个字段；%2 个待决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ConsentExclusionView</name>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Records of a dataset with a consent register leave only when the subject&apos;s latest decision grants the release&apos;s consent purpose.</source>
        <translation>对附有同意登记的数据集，仅当主体最新的决定同意本发布的同意用途时，其记录才会发出。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records left out for want of consent (no record %4, withdrawn %5, refused %6, out of scope %7).</source>
        <translation>%1：%3 条记录中有 %2 条因缺少有效同意而排除（无登记 %4，已撤回 %5，已拒绝 %6，超出范围 %7）。</translation>
    </message>
    <message>
        <source>No consent purpose is set, so no record of this dataset may leave.</source>
        <translation>未设置同意用途，因此该数据集的任何记录都不得发出。</translation>
    </message>
</context>
<context>
    <name>steward::ui::ConsentPanel</name>
    <message>
        <source>Attach Consent &amp;Register…</source>
        <translation>附加同意登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Detach Consent Register</source>
        <translation>移除同意登记</translation>
    </message>
    <message>
        <source>Attach a consent register (CSV or Excel: subject, status, scope, date) to this dataset; a release leaves out the persons without valid consent for its purpose</source>
        <translation>为此数据集附加同意登记（CSV 或 Excel：subject、status、scope、date）；发布时将排除未就其用途给予有效同意的个人</translation>
    </message>
    <message>
        <source>Attaching the consent register: %1 rows read…</source>
        <translation>正在附加同意登记：已读取 %1 行…</translation>
    </message>
    <message numerus="yes">
        <source>Consent register %1 attached to %2: %Ln person(s).</source>
        <translation>
            <numerusform>已将同意登记 %1 附加到 %2：%Ln 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching the consent register was cancelled; nothing changed.</source>
        <translation>已取消附加同意登记；未作任何更改。</translation>
    </message>
    <message>
        <source>Consent register not readable</source>
        <translation>无法读取同意登记</translation>
    </message>
    <message>
        <source>No consent register</source>
        <translation>无同意登记</translation>
    </message>
    <message>
        <source>Consent: %1 persons — %2 granted, %3 withdrawn, %4 refused</source>
        <translation>同意：%1 人 — 同意 %2，撤回 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>%1 (sha256 %2…), matched on field %3, attached %4 by %5</source>
        <translation>%1（sha256 %2…），匹配字段 %3，由 %5 于 %4 附加</translation>
    </message>
    <message>
        <source>Replace Consent &amp;Register…</source>
        <translation>替换同意登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Attach Consent Register</source>
        <translation>附加同意登记</translation>
    </message>
    <message>
        <source>Consent registers (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>同意登记 (*.csv *.tsv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Automatic (the field classified as the patient identifier)</source>
        <translation>自动（分类为患者标识符的字段）</translation>
    </message>
    <message>
        <source>Match the register&apos;s subjects on this field of %1 (before masking):</source>
        <translation>按 %1 的此字段匹配登记中的主体（脱敏前）：</translation>
    </message>
    <message>
        <source>Attaching the consent register…</source>
        <translation>正在附加同意登记…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Consent register of %1 detached.</source>
        <translation>已移除 %1 的同意登记。</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>The consent register was not attached: %1</source>
        <translation>同意登记未附加：%1</translation>
    </message>
    <message>
        <source>The consent register was not attached; nothing changed.</source>
        <translation>同意登记未附加；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>steward::ui::DataDictionaryExport</name>
    <message>
        <source>Export &amp;Dictionary…</source>
        <translation>导出数据字典(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Dictionary</source>
        <translation>导出数据字典</translation>
    </message>
    <message>
        <source>Write the data dictionary (field, type, role, category, grade, evidence, decision, reason) as CSV or JSON</source>
        <translation>将数据字典（字段、类型、角色、类别、敏感级别、依据、决定、理由）写出为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>The data dictionary was not written.</source>
        <translation>数据字典未写入文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the data dictionary of %Ln field(s) to %1.</source>
        <translation>
            <numerusform>已将包含 %Ln 个字段的数据字典导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Data Dictionary</source>
        <translation>导出数据字典</translation>
    </message>
    <message>
        <source>%1 dictionary</source>
        <translation>%1 数据字典</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetBrowser</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Some rows could not be read: %1</source>
        <translation>部分行无法读取：%1</translation>
    </message>
    <message>
        <source>Not copied: the selection has %1 cells; Steward copies at most %2 at a time.</source>
        <translation>未复制：所选区域有 %1 个单元格，Steward 一次最多复制 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln cell(s).</source>
        <translation>
            <numerusform>已复制 %Ln 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The rows could not be sorted or filtered: %1</source>
        <translation>无法排序或筛选这些行：%1</translation>
    </message>
    <message>
        <source>Cancelled: the rows are shown as before.</source>
        <translation>已取消：各行按原样显示。</translation>
    </message>
    <message>
        <source>&amp;Find in Rows…</source>
        <translation>在行中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Sort &amp;Ascending by “%1”</source>
        <translation>按“%1”升序排列(&amp;A)</translation>
    </message>
    <message>
        <source>Sort &amp;Descending by “%1”</source>
        <translation>按“%1”降序排列(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File Order</source>
        <translation>按文件顺序(&amp;F)</translation>
    </message>
    <message>
        <source>Find in “%1”…</source>
        <translation>在“%1”中查找…</translation>
    </message>
    <message>
        <source>Sorting %1 rows…</source>
        <translation>正在对 %1 行排序…</translation>
    </message>
    <message>
        <source>Looking for “%1” in %2 rows…</source>
        <translation>正在 %2 行中查找“%1”…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 行（共 %2 行）</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetEraseRunner</name>
    <message>
        <source>Erasing “%1”: overwriting its rows in the project file…</source>
        <translation>正在擦除“%1”：正在覆写其在项目文件中的各行…</translation>
    </message>
    <message>
        <source>Deleting Dataset</source>
        <translation>正在删除数据集</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetFindBar</name>
    <message>
        <source>Find in the rows</source>
        <translation>在行中查找</translation>
    </message>
    <message>
        <source>The field the text is looked for in</source>
        <translation>要在其中查找文本的字段</translation>
    </message>
    <message>
        <source>Close the find bar and show every row (Esc)</source>
        <translation>关闭查找栏并显示所有行（Esc）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;in</source>
        <translation>范围(&amp;I)</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetNameRules</name>
    <message>
        <source>Enter a name for the dataset.</source>
        <translation>请输入数据集名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The name cannot contain control characters.</source>
        <translation>名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>The project already has a dataset named “%1”.</source>
        <translation>项目中已有名为“%1”的数据集。</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetTableModel</name>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Header in the file: (empty)</source>
        <translation>文件中的表头：（空）</translation>
    </message>
    <message>
        <source>Header in the file: %1</source>
        <translation>文件中的表头：%1</translation>
    </message>
    <message>
        <source>Missing: %1 of %2 rows (%3%)</source>
        <translation>缺失：%2 行中有 %1 行（%3%）</translation>
    </message>
    <message>
        <source>Column %1 of %2</source>
        <translation>第 %1 列，共 %2 列</translation>
    </message>
    <message>
        <source>Suggested role: %1, %2</source>
        <translation>建议角色：%1，%2</translation>
    </message>
    <message>
        <source>Role: %1, %2</source>
        <translation>角色：%1，%2</translation>
    </message>
</context>
<context>
    <name>steward::ui::DatasetWorkspace</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类分级</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>脱敏</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) need a decision</source>
        <translation>
            <numerusform>%Ln 个字段待决定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DecideDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>Decide on “%1”</source>
        <translation>对“%1”作出决定</translation>
    </message>
    <message>
        <source>Sign a decision on the content submitted for review with your own key. The decision counts only while the content stays as it is now.</source>
        <translation>用您自己的密钥对提交审核的内容签署决定。只有在内容保持现状时，该决定才有效。</translation>
    </message>
    <message>
        <source>Your signing key file</source>
        <translation>您的签名密钥文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What should change, or why it is acceptable</source>
        <translation>需要修改的内容，或可以接受的理由</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sign Decision…</source>
        <translation>签署决定(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose Your Signing Key</source>
        <translation>选择您的签名密钥</translation>
    </message>
    <message>
        <source>Choose your signing key file.</source>
        <translation>请选择您的签名密钥文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Key of %1 (%2), fingerprint %3</source>
        <translation>%1（%2）的密钥，指纹 %3</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>A rejection needs a comment: it tells the steward what to change.</source>
        <translation>驳回须附意见：告诉数据管理员需要修改什么。</translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionBatchCommand</name>
    <message>
        <source>the project is no longer open</source>
        <translation>项目已关闭</translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionDialog</name>
    <message>
        <source>Approve Release</source>
        <translation>批准发布</translation>
    </message>
    <message>
        <source>Reject Release</source>
        <translation>驳回发布</translation>
    </message>
    <message>
        <source>You approve the release “%1” exactly as it is in this package.</source>
        <translation>您将按此审核包中的原样批准发布“%1”。</translation>
    </message>
    <message>
        <source>You reject the release “%1”. It returns to the data steward with your comment and section marks.</source>
        <translation>您将驳回发布“%1”。发布将连同您的意见和章节标记退回数据管理员。</translation>
    </message>
    <message>
        <source>Sections marked: %1 of %2. Your decision is signed with your key; it changes nothing in the package.</source>
        <translation>已标记章节：%1/%2。您的决定将用您的密钥签名；它不会改变审核包中的任何内容。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Required: what must change before you approve</source>
        <translation>必填：批准之前必须修改的内容</translation>
    </message>
    <message>
        <source>The key file made by “keygen” (not the .pub file)</source>
        <translation>由“keygen”生成的密钥文件（不是 .pub 文件）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose Your Signing Key</source>
        <translation>选择您的签名密钥</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the Decision In</source>
        <translation>决定的保存位置</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>签名密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Approve and Sign…</source>
        <translation>批准并签名(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject and Sign…</source>
        <translation>驳回并签名(&amp;R)…</translation>
    </message>
    <message>
        <source>Say why you reject the release in the comment.</source>
        <translation>请在意见中说明驳回发布的理由。</translation>
    </message>
    <message>
        <source>Choose your signing key file.</source>
        <translation>请选择您的签名密钥文件。</translation>
    </message>
    <message>
        <source>That is the public key. Choose the key file beside it, without “.pub”.</source>
        <translation>这是公钥。请选择其旁边不带“.pub”的密钥文件。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to for the decision file.</source>
        <translation>请选择一个您有写入权限的文件夹来保存决定文件。</translation>
    </message>
</context>
<context>
    <name>steward::ui::DisplayNames</name>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 工作簿</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 列</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln 个字段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DocumentEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the edits as a new version (%1)</source>
        <translation>将修改保存为新版本（%1）</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier versions: who saved them and when; view or restore one</source>
        <translation>以前的版本：由谁、何时保存；可查看或恢复</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Language of the exported document (the release&apos;s by default)</source>
        <translation>导出文档的语言（默认为该发布的文档语言）</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>Read back a document exported as JSON and edited elsewhere, as a new version</source>
        <translation>读回以 JSON 导出并在别处编辑过的文档，保存为新版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported %1 (%2 pages, %3).</source>
        <translation>已导出 %1（%2 页，%3）。</translation>
    </message>
    <message>
        <source>Exported %1 (%2).</source>
        <translation>已导出 %1（%2）。</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Quote the project as it is now (a new version); text people wrote is kept</source>
        <translation>按项目当前状态引用数据（生成新版本）；人工撰写的文字保持不变</translation>
    </message>
    <message>
        <source>Click an item to go to it</source>
        <translation>单击条目可跳转到该处</translation>
    </message>
    <message>
        <source>Tick a measure</source>
        <translation>勾选措施</translation>
    </message>
    <message>
        <source>Generated from the project; not editable. Refresh quotes the project as it is now.</source>
        <translation>由项目生成，不可编辑。刷新后将按项目当前状态引用。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>This text was rewritten for this release; it no longer follows the standard text</source>
        <translation>此条文已针对本次发布改写，不再随标准文本更新</translation>
    </message>
    <message>
        <source>Restore standard text</source>
        <translation>恢复标准文本</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Fill %1</source>
        <translation>填写“%1”</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>选择“%1”</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>有限</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Severity
before</source>
        <translation>措施前
严重程度</translation>
    </message>
    <message>
        <source>Likelihood
before</source>
        <translation>措施前
可能性</translation>
    </message>
    <message>
        <source>Severity
after</source>
        <translation>措施后
严重程度</translation>
    </message>
    <message>
        <source>Likelihood
after</source>
        <translation>措施后
可能性</translation>
    </message>
    <message>
        <source>Rename a risk</source>
        <translation>重命名风险</translation>
    </message>
    <message>
        <source>1 negligible · 2 limited · 3 significant · 4 maximum. The likelihood of re-identification is derived from the measured risk of the released data.</source>
        <translation>1 可忽略 · 2 有限 · 3 严重 · 4 最高。重新识别的可能性由所发布数据的实测风险推导得出。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <translation>编辑行动项</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>删除行动项</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>添加行动项</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>删除行动项</translation>
    </message>
    <message>
        <source>Measuring the release…</source>
        <translation>正在度量本次发布…</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>尚未度量。</translation>
    </message>
    <message>
        <source>%1 provides, %2 receives.</source>
        <translation>%1 提供，%2 接收。</translation>
    </message>
    <message>
        <source>(provider not set)</source>
        <translation>（未设置提供方）</translation>
    </message>
    <message>
        <source>(recipient not set)</source>
        <translation>（未设置接收方）</translation>
    </message>
    <message>
        <source>%1 (version %2, %3 records, grade %4)</source>
        <translation>%1（版本 %2，%3 条记录，%4 级）</translation>
    </message>
    <message>
        <source>%1 fields, %2 released, %3 withheld; release grade %4.</source>
        <translation>共 %1 个字段，发布 %2 个，不发布 %3 个；发布级别 %4。</translation>
    </message>
    <message>
        <source>Every field is released.</source>
        <translation>所有字段均发布。</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>不发布：%1</translation>
    </message>
    <message>
        <source>Withheld: %1. Generalised: %2.</source>
        <translation>不发布：%1。已泛化：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Highest prosecutor risk: %1 before measures, %2 after.</source>
        <translation>最高检察官攻击风险：措施前 %1，措施后 %2。</translation>
    </message>
    <message>
        <source>Minimum k %1, highest prosecutor risk %2, highest grade left unmasked %3.</source>
        <translation>最小 k 值 %1，最高检察官攻击风险 %2，可不脱敏的最高级别 %3。</translation>
    </message>
    <message>
        <source>The risks of the register, before and after measures:</source>
        <translation>风险登记表中各项风险在措施前后的情况：</translation>
    </message>
    <message>
        <source>No named users yet (set them in the Overview).</source>
        <translation>尚无指定使用人（请在“概览”中设置）。</translation>
    </message>
    <message>
        <source>Signature blocks for both parties.</source>
        <translation>双方的签署栏。</translation>
    </message>
    <message>
        <source>Generated from the project.</source>
        <translation>由项目生成。</translation>
    </message>
    <message>
        <source>%1 (the project does this)</source>
        <translation>%1（项目已采取此措施）</translation>
    </message>
    <message>
        <source>Rate a risk</source>
        <translation>评定风险</translation>
    </message>
    <message>
        <source>Derived from the measured risk of the released data; not typed.</source>
        <translation>由所发布数据的实测风险推导得出，不可手动填写。</translation>
    </message>
    <message>
        <source>Set a due date</source>
        <translation>设置完成期限</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>version %1, saved by %2 on %3</source>
        <translation>版本 %1，由 %2 于 %3 保存</translation>
    </message>
    <message>
        <source> — unsaved changes</source>
        <translation> — 有未保存的修改</translation>
    </message>
    <message>
        <source>Out of date: the project changed since this document&apos;s facts were taken.</source>
        <translation>已过时：自本文档引用项目数据以来，项目已发生变化。</translation>
    </message>
    <message>
        <source>Complete: all %1 required items are filled.</source>
        <translation>已完整：%1 个必填项均已填写。</translation>
    </message>
    <message>
        <source>%1 of %2 required items filled; missing:</source>
        <translation>已填写 %1 / %2 个必填项；缺少：</translation>
    </message>
    <message>
        <source>A setting of the release: change it in the Overview tab</source>
        <translation>这是发布的设置：请在“概览”选项卡中修改</translation>
    </message>
    <message>
        <source>An export is made of a saved version. Save the edits as a new version first?</source>
        <translation>导出的是已保存的版本。要先将修改保存为新版本吗？</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Importing replaces the unsaved edits of this document. Discard them?</source>
        <translation>导入将替换本文档中未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Refreshed: version %1 quotes the project as it is now.</source>
        <translation>已刷新：版本 %1 引用项目的当前状态。</translation>
    </message>
    <message>
        <source>Restoring replaces the unsaved edits of this document. Discard them?</source>
        <translation>恢复将替换本文档中未保存的修改。要放弃这些修改吗？</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>已将版本 %1 恢复为版本 %2。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Imported %1 as version %2.</source>
        <translation>已将 %1 导入为版本 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The project takes %n measure(s).</source>
        <translation>
            <numerusform>项目采取了 %n 项措施。</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated from the project; not editable.</source>
        <translation>由项目生成，不可编辑。</translation>
    </message>
    <message>
        <source>Impacts on people:</source>
        <translation>对个人的影响：</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>威胁：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>风险源：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <source>Describe a risk</source>
        <translation>描述风险</translation>
    </message>
    <message>
        <source>Select a risk to describe it</source>
        <translation>选择一项风险以描述</translation>
    </message>
</context>
<context>
    <name>steward::ui::DocumentHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1的历史版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Saves the text of this version as a new version; the generated parts keep quoting the facts of the latest version</source>
        <translation>将此版本的文字保存为新版本；生成的部分仍引用最新版本的项目数据</translation>
    </message>
    <message>
        <source>This document has not been saved yet.</source>
        <translation>本文档尚未保存。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Refreshed from the project</source>
        <translation>按项目刷新</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Imported from JSON</source>
        <translation>从 JSON 导入</translation>
    </message>
    <message>
        <source>Set from the command line</source>
        <translation>通过命令行设置</translation>
    </message>
</context>
<context>
    <name>steward::ui::EmptyStateWidget</name>
    <message>
        <source>Create Project…</source>
        <translation>创建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Import Data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>Create or open a project</source>
        <translation>创建或打开项目</translation>
    </message>
    <message>
        <source>A Steward project is one file that keeps the extracts you import and everything you decide about them. Drop a .steward file here to open it.</source>
        <translation>Steward 项目是一个文件，保存您导入的抽取数据以及您对其做出的所有决定。将 .steward 文件拖放到此处即可打开。</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>This project has no datasets yet. Import a CSV, TSV or Excel file (UTF-8, GB18030 or UTF-16), or drop one onto this window.</source>
        <translation>此项目还没有数据集。请导入 CSV、TSV 或 Excel 文件（UTF-8、GB18030 或 UTF-16 编码），或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Choose a dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>Select a dataset in the navigator on the left to browse its rows, or import another file.</source>
        <translation>在左侧导航栏中选择一个数据集以浏览其中的行，或导入其他文件。</translation>
    </message>
    <message>
        <source>File not found · %1</source>
        <translation>找不到文件 · %1</translation>
    </message>
    <message>
        <source>%1 · last opened %2</source>
        <translation>%1 · 上次打开于 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（已丢失）</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>steward::ui::ErrorText</name>
    <message>
        <source>If the file is in GB18030 or GBK, choose “GB18030 / GBK” in the Encoding box.</source>
        <translation>如果文件为 GB18030 或 GBK 编码，请在“编码”框中选择“GB18030 / GBK”。</translation>
    </message>
    <message>
        <source>The file may be in another encoding: choose it in the Encoding box.</source>
        <translation>文件可能是其他编码，请在“编码”框中选择。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>steward::ui::ExportDialog</name>
    <message>
        <source>Export Package of “%1”</source>
        <translation>导出“%1”的发布包</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows…</source>
        <translation>正在导出：第 %1 行，共 %2 行…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%Ln file(s)). SHA-256: %2</source>
        <translation>
            <numerusform>已导出 %1（%Ln 个文件）。SHA-256：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>导出已取消；未留下任何文件。</translation>
    </message>
    <message>
        <source>The release cannot be exported while these gates fail:</source>
        <translation>以下关卡未通过，无法导出该发布：</translation>
    </message>
    <message>
        <source>The data steward&apos;s signing key</source>
        <translation>数据管理员的签名密钥</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Steward &amp;key:</source>
        <translation>数据管理员密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Encryption for the recipient</source>
        <translation>为接收方加密</translation>
    </message>
    <message>
        <source>&amp;None: the recipient receives the package by a secure way</source>
        <translation>不加密(&amp;N)：通过安全途径将发布包交给接收方</translation>
    </message>
    <message>
        <source>With a pass&amp;phrase (age)</source>
        <translation>使用口令加密(&amp;P)（age）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>To the recipient&apos;s &amp;age key</source>
        <translation>使用接收方的 age 公钥加密(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Every gate must hold before the release can leave.</source>
        <translation>所有关卡均通过后，发布才能导出。</translation>
    </message>
    <message>
        <source>Choose the data steward&apos;s signing key.</source>
        <translation>请选择数据管理员的签名密钥。</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>密钥文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the passphrase of the steward&apos;s key.</source>
        <translation>请输入数据管理员密钥的口令。</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>请选择发布包的保存位置。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Enter the passphrase the recipient will decrypt with.</source>
        <translation>请输入接收方解密时使用的口令。</translation>
    </message>
    <message>
        <source>The encryption passphrases differ.</source>
        <translation>两次输入的加密口令不一致。</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s age public key (age1…).</source>
        <translation>请输入接收方的 age 公钥（age1…）。</translation>
    </message>
    <message>
        <source>Choose the Steward&apos;s Signing Key</source>
        <translation>选择数据管理员的签名密钥</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>保存发布包</translation>
    </message>
    <message>
        <source>Encrypted packages (*.zip.age);;All files (*)</source>
        <translation>加密的发布包 (*.zip.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Packages (*.zip);;All files (*)</source>
        <translation>发布包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Unlocking the steward&apos;s key…</source>
        <translation>正在解锁数据管理员的密钥…</translation>
    </message>
    <message>
        <source>A masking rule of this release needs the project secret, which is locked. Unlock it on the Masking tab first.</source>
        <translation>此发布的某条脱敏规则需要项目密钥，而项目密钥尚未解锁。请先在“脱敏”选项卡中解锁。</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldChecklist</name>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldHistogram</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldProfilePanel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>最常见的值</translation>
    </message>
    <message>
        <source>Value patterns</source>
        <translation>取值模式</translation>
    </message>
    <message>
        <source>Detector hits</source>
        <translation>检测器命中</translation>
    </message>
    <message>
        <source>Select a field to see its profile.</source>
        <translation>选择一个字段以查看其剖析结果。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>剖析结果</translation>
    </message>
    <message>
        <source>%1 · column %2</source>
        <translation>%1 · 第 %2 列</translation>
    </message>
    <message>
        <source>Not profiled yet</source>
        <translation>尚未剖析</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>暂无建议</translation>
    </message>
    <message>
        <source>Suggested: %1, %2, grade %3 (confidence %4)</source>
        <translation>建议：%1，%2，%3 级（置信度 %4）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Non-empty</source>
        <translation>非空</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>不同值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1–%2 characters (mean %3)</source>
        <translation>%1–%2 个字符（平均 %3）</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>In text: %1</source>
        <translation>文本中含：%1</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Mentions: %1</source>
        <translation>提及：%1</translation>
    </message>
    <message>
        <source>No detector matched</source>
        <translation>没有检测器命中</translation>
    </message>
    <message>
        <source>Computing the distribution…</source>
        <translation>正在计算分布…</translation>
    </message>
    <message>
        <source>The distribution cannot be computed: %1</source>
        <translation>无法计算分布：%1</translation>
    </message>
    <message>
        <source>No value could be read as a number or a date.</source>
        <translation>没有任何值可读取为数字或日期。</translation>
    </message>
    <message>
        <source>%1 values in %2 bins</source>
        <translation>%1 个值，分为 %2 组</translation>
    </message>
    <message>
        <source>%1 values are not numbers or dates and are left out.</source>
        <translation>%1 个值不是数字或日期，未计入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::GatesPanel</name>
    <message>
        <source>Gates</source>
        <translation>关卡</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未度量。</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>未通过</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln gate(s) hold.</source>
        <translation>
            <numerusform>全部 %Ln 道关卡均已通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 gate(s) fail.</source>
        <translation>
            <numerusform>%1 道关卡中有 %Ln 道未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>steward::ui::GradeStyle</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>public</source>
        <translation>可完全公开使用</translation>
    </message>
    <message>
        <source>wide use after approval; not identifying</source>
        <translation>经审批后可在较大范围使用；不能标识个人身份</translation>
    </message>
    <message>
        <source>authorised project group; re-identifiable</source>
        <translation>限授权项目组使用；可能被重标识</translation>
    </message>
    <message>
        <source>small clinical group; directly identifying</source>
        <translation>限较小范围的临床人员使用；可直接标识个人身份</translation>
    </message>
    <message>
        <source>very small group; special-disease details</source>
        <translation>仅限极小范围；含特殊病种详细信息</translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyBuilderForm</name>
    <message>
        <source>How the levels are built from the field&apos;s values</source>
        <translation>如何根据字段的取值构建各级别</translation>
    </message>
    <message>
        <source>Resident ID numbers and administrative region codes generalise to their county (6 digits), city (4), province (2), then *.</source>
        <translation>身份证号和行政区划代码依次泛化为所在县（6 位）、市（4 位）、省（2 位），最后为 *。</translation>
    </message>
    <message>
        <source>ICD-10 codes generalise to their 3-character category, block and chapter, then *.</source>
        <translation>ICD-10 编码依次泛化为 3 字符类目、节和章，最后为 *。</translation>
    </message>
    <message>
        <source>Every value generalises to * at once: for sex and other small vocabularies.</source>
        <translation>每个值直接泛化为 *：适用于性别等取值很少的字段。</translation>
    </message>
    <message>
        <source>&amp;Builder:</source>
        <translation>构建方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number intervals</source>
        <translation>数值区间</translation>
    </message>
    <message>
        <source>Codes, redacted from the right</source>
        <translation>编码，从右侧遮蔽</translation>
    </message>
    <message>
        <source>Administrative region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>ICD-10 编码</translation>
    </message>
    <message>
        <source>Value or * (flat)</source>
        <translation>原值或 *（单层）</translation>
    </message>
    <message>
        <source>Groups you define</source>
        <translation>自定义分组</translation>
    </message>
    <message>
        <source>Table imported from a file</source>
        <translation>从文件导入的表</translation>
    </message>
    <message>
        <source>Go on to &amp;decades after 5-year periods (birth dates)</source>
        <translation>5 年段之后再泛化到十年段(&amp;D)（出生日期）</translation>
    </message>
    <message>
        <source>Dates up to Decades</source>
        <translation>日期泛化到十年段</translation>
    </message>
    <message>
        <source>Dates without Decades</source>
        <translation>日期不泛化到十年段</translation>
    </message>
    <message>
        <source>One entry per level, separated by commas: a width (5) or breaks separated by | (0|18|45|65). Each level must contain the breaks of the level before.</source>
        <translation>每个级别一项，用逗号分隔：区间宽度（5）或用 | 分隔的分界点（0|18|45|65）。每一级必须包含上一级的全部分界点。</translation>
    </message>
    <message>
        <source>&amp;Top coding from:</source>
        <translation>顶部编码起点(&amp;T)：</translation>
    </message>
    <message>
        <source>Values at or above this become one group, e.g. 90+</source>
        <translation>大于或等于此值的取值归为一组，例如 90+</translation>
    </message>
    <message>
        <source>&amp;Bottom coding below:</source>
        <translation>底部编码上限(&amp;B)：</translation>
    </message>
    <message>
        <source>Values below this become one group, e.g. &lt;18</source>
        <translation>小于此值的取值归为一组，例如 &lt;18</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Characters kept at each level, decreasing and separated by commas (4, 3, 2); the rest become *</source>
        <translation>每一级保留的字符数，递减并用逗号分隔（4, 3, 2）；其余字符变为 *</translation>
    </message>
    <message>
        <source>Characters &amp;kept:</source>
        <translation>保留字符数(&amp;K)：</translation>
    </message>
    <message>
        <source>Day → month → quarter → year → 5-year period → decade → *</source>
        <translation>日 → 月 → 季度 → 年 → 5 年段 → 十年段 → *</translation>
    </message>
    <message>
        <source>Day → month → quarter → year → 5-year period → *</source>
        <translation>日 → 月 → 季度 → 年 → 5 年段 → *</translation>
    </message>
    <message numerus="yes">
        <source>Imported from a file: %Ln value(s), each with its label at every level. Choose another builder to build the levels from the field&apos;s values instead.</source>
        <translation>
            <numerusform>从文件导入：%Ln 个值，每个值在每一级都有标签。如需根据字段取值构建级别，请选择其他构建方式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a hierarchy file to use a table (Import CSV…).</source>
        <translation>要使用表，请导入泛化层次文件（导入 CSV…）。</translation>
    </message>
    <message>
        <source>Builder: %1</source>
        <translation>构建方式：%1</translation>
    </message>
    <message>
        <source>Interval Levels</source>
        <translation>区间级别</translation>
    </message>
    <message>
        <source>Characters Kept</source>
        <translation>保留字符数</translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyEditorDialog</name>
    <message>
        <source>Hierarchy of “%1”</source>
        <translation>“%1”的泛化层次</translation>
    </message>
    <message>
        <source>Reading the field&apos;s values…</source>
        <translation>正在读取字段的取值…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the levels from a file of lines value;level1;…;*</source>
        <translation>从每行为 值;级别1;…;* 的文件读取各级别</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the levels shown as a file of lines value;level1;…;*</source>
        <translation>将显示的级别写入每行为 值;级别1;…;* 的文件</translation>
    </message>
    <message>
        <source>Use &amp;Suggested</source>
        <translation>使用建议(&amp;S)</translation>
    </message>
    <message>
        <source>The hierarchy Steward suggests</source>
        <translation>Steward 建议的泛化层次</translation>
    </message>
    <message>
        <source>Suggested Hierarchy</source>
        <translation>建议的泛化层次</translation>
    </message>
    <message>
        <source>How “%1” of %2 is generalised, level by level: anonymization chooses one of these levels for the field.</source>
        <translation>%2 的“%1”逐级泛化的方式：匿名化会为该字段选择其中一级。</translation>
    </message>
    <message>
        <source>Stored on %1 by %2.</source>
        <translation>由 %2 于 %1 保存。</translation>
    </message>
    <message>
        <source>No hierarchy is stored for this field: this is the suggested one.</source>
        <translation>此字段尚未保存泛化层次：显示的是建议的泛化层次。</translation>
    </message>
    <message>
        <source>No hierarchy is stored for this field: this is the suggested one. %1</source>
        <translation>此字段尚未保存泛化层次：显示的是建议的泛化层次。%1</translation>
    </message>
    <message>
        <source>The field&apos;s values could not be read.</source>
        <translation>无法读取字段的取值。</translation>
    </message>
    <message>
        <source>The dataset has no field “%1”.</source>
        <translation>数据集中没有字段“%1”。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
    <message numerus="yes">
        <source>%1 distinct values in %2 records, %Ln level(s) above the value.</source>
        <translation>
            <numerusform>%2 条记录中有 %1 个不同取值，原值之上共 %Ln 级。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values are not read by this builder: they become * above the value.</source>
        <translation>有 %1 个值无法被此构建方式识别：它们在原值之上各级均为 *。</translation>
    </message>
    <message>
        <source>Missing values stay missing below *.</source>
        <translation>缺失值在 * 以下各级保持为缺失。</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <source>The file holds the hierarchy already shown.</source>
        <translation>该文件中的泛化层次与当前显示的相同。</translation>
    </message>
    <message>
        <source>The field&apos;s values are still being read.</source>
        <translation>仍在读取字段的取值。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln value(s)).</source>
        <translation>
            <numerusform>已写入 %1（%Ln 个值）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the hierarchy before saving it: %1</source>
        <translation>请先修正泛化层次再保存：%1</translation>
    </message>
    <message>
        <source>The hierarchy was not saved: %1</source>
        <translation>泛化层次未保存：%1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Discard the changes to the hierarchy of “%1”?</source>
        <translation>放弃对“%1”泛化层次的更改吗？</translation>
    </message>
    <message>
        <source>Import Hierarchy</source>
        <translation>导入泛化层次</translation>
    </message>
    <message>
        <source>Hierarchy files (*.csv *.txt);;All files (*)</source>
        <translation>泛化层次文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Hierarchy</source>
        <translation>导出泛化层次</translation>
    </message>
    <message>
        <source>Hierarchy files (*.csv)</source>
        <translation>泛化层次文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyGroupsEditor</name>
    <message>
        <source>Values in no group; drag them onto a group</source>
        <translation>未分组的值；将其拖到某个分组上</translation>
    </message>
    <message>
        <source>Where &quot;Move to Group&quot; puts the selected values</source>
        <translation>“移到分组”将所选值放入的位置</translation>
    </message>
    <message>
        <source>&amp;Move to Group</source>
        <translation>移到分组(&amp;M)</translation>
    </message>
    <message>
        <source>Move the selected values to the group chosen beside (Ctrl+G)</source>
        <translation>将所选值移到旁边选定的分组（Ctrl+G）</translation>
    </message>
    <message>
        <source>&amp;New Group</source>
        <translation>新建分组(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;A)…</translation>
    </message>
    <message>
        <source>Rename the selected group (F2)</source>
        <translation>重命名所选分组（F2）</translation>
    </message>
    <message>
        <source>&amp;Delete Group</source>
        <translation>删除分组(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected group; its values go back to no group</source>
        <translation>删除所选分组；其中的值回到未分组</translation>
    </message>
    <message>
        <source>The label of values in no group at the first level</source>
        <translation>未分组的值在第一级的标签</translation>
    </message>
    <message>
        <source>Label for Other Values</source>
        <translation>其他值的标签</translation>
    </message>
    <message>
        <source>&amp;Values in no group:</source>
        <translation>未分组的值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Label for them:</source>
        <translation>它们的标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>移到(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln Value(s) to “%1”</source>
        <translation>
            <numerusform>将 %Ln 个值移到“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln Value(s) out of Their Group</source>
        <translation>
            <numerusform>将 %Ln 个值移出分组</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>分组 %1</translation>
    </message>
    <message>
        <source>New Group “%1”</source>
        <translation>新建分组“%1”</translation>
    </message>
    <message>
        <source>Rename Group “%1” to “%2”</source>
        <translation>将分组“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Delete Group “%1”</source>
        <translation>删除分组“%1”</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>不分组</translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyGroupsModel</name>
    <message>
        <source>Not in a group (%1)</source>
        <translation>未分组（%1）</translation>
    </message>
    <message>
        <source>Values in no group generalise to the label for other values</source>
        <translation>未分组的值泛化为其他值的标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Drop values here to put them in this group; F2 renames it</source>
        <translation>将值拖放到此处即放入此分组；按 F2 重命名</translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyLevelsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at this level</source>
        <translation>
            <numerusform>此级别共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Level %1: %Ln distinct label(s)</source>
        <translation>
            <numerusform>第 %1 级：%Ln 个不同标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::HierarchyText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>第 %1 级</translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>A CSV, TSV or Excel file</source>
        <translation>CSV、TSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Dataset &amp;name:</source>
        <translation>数据集名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GB18030 / GBK</source>
        <translation>GB18030 / GBK</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>竖线 ( | )</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>First row is header</source>
        <translation>首行为表头</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>无表头</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>表头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Replace “%1” with a New Version</source>
        <translation>用新版本替换“%1”</translation>
    </message>
    <message>
        <source>The file becomes version %1 of “%2” (now %3 rows). The replacement happens in one step: if the import fails or is cancelled, the current version stays as it is.</source>
        <translation>此文件将成为“%2”的版本 %1（当前为 %3 行）。替换一步完成：如果导入失败或被取消，当前版本保持不变。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be imported.</source>
        <translation>选择一个文件，查看它将如何导入。</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无表头行</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测结果：%1</translation>
    </message>
    <message>
        <source>Reading as: %1</source>
        <translation>读取方式：%1</translation>
    </message>
    <message>
        <source>The file cannot be read with these options.</source>
        <translation>无法按这些选项读取文件。</translation>
    </message>
    <message>
        <source>Some column names were changed: %1</source>
        <translation>部分列名已更改：%1</translation>
    </message>
    <message>
        <source>Columns of the current version missing from this file: %1</source>
        <translation>当前版本中有、此文件中缺少的列：%1</translation>
    </message>
    <message>
        <source>Columns new in this file: %1</source>
        <translation>此文件中新增的列：%1</translation>
    </message>
    <message>
        <source>Choose another name, or use Dataset → Replace with New Version to import this file as its next version.</source>
        <translation>请另选名称，或使用“数据集 → 用新版本替换”将此文件导入为其下一个版本。</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln row(s) of the file.</source>
        <translation>
            <numerusform>显示文件的全部 %Ln 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln row(s). Column types are guessed from these rows; the import checks every row.</source>
        <translation>
            <numerusform>显示前 %Ln 行。列类型根据这些行推测；导入时会检查每一行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportPreviewModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type guessed from the previewed rows: %2&lt;br&gt;The import checks every row.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;根据预览行推测的类型：%2&lt;br&gt;导入时会检查每一行。</translation>
    </message>
</context>
<context>
    <name>steward::ui::ImportProgressDialog</name>
    <message>
        <source>Importing “%1”</source>
        <translation>正在导入“%1”</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing rows %1 of ~%2</source>
        <translation>正在导入：第 %1 行，共约 %2 行</translation>
    </message>
    <message>
        <source>Importing rows %1…</source>
        <translation>正在导入：第 %1 行…</translation>
    </message>
    <message>
        <source>Cancelling… The project is left exactly as it was.</source>
        <translation>正在取消…项目将保持原样。</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import cancelled. The project is unchanged.</source>
        <translation>导入已取消。项目未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>创建新的项目文件</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>打开已有的项目文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a CSV, TSV or Excel file as a new dataset</source>
        <translation>将 CSV、TSV 或 Excel 文件导入为新数据集</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Replace with New &amp;Version…</source>
        <translation>用新版本替换(&amp;V)…</translation>
    </message>
    <message>
        <source>Import the next extract of the selected dataset as its new version</source>
        <translation>将所选数据集的下一批抽取数据导入为其新版本</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>&amp;About Steward</source>
        <translation>关于 Steward(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another project.</source>
        <translation>请等待导入完成后再打开其他项目。</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Steward cannot open “%1”.</source>
        <translation>Steward 无法打开“%1”。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Wait for the import to finish before creating another project.</source>
        <translation>请等待导入完成后再创建其他项目。</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Steward cannot create “%1”.</source>
        <translation>Steward 无法创建“%1”。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Wait for the import to finish (or cancel it) before closing the project.</source>
        <translation>请等待导入完成（或取消导入）后再关闭项目。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Steward projects (*.steward);;All files (*)</source>
        <translation>Steward 项目 (*.steward);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No Project Open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Imported data is kept in a project. Create a project for “%1”?</source>
        <translation>导入的数据保存在项目中。要为“%1”创建一个项目吗？</translation>
    </message>
    <message>
        <source>You can also open an existing project and import the file into it.</source>
        <translation>您也可以打开已有项目，再将文件导入其中。</translation>
    </message>
    <message>
        <source>Create Project…</source>
        <translation>创建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Cannot Read Project</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <source>The list of datasets cannot be read.</source>
        <translation>无法读取数据集列表。</translation>
    </message>
    <message>
        <source>Choose a File to Import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Cannot Replace Dataset</source>
        <translation>无法替换数据集</translation>
    </message>
    <message>
        <source>The dataset “%1” cannot be read.</source>
        <translation>无法读取数据集“%1”。</translation>
    </message>
    <message>
        <source>Imported %1 into “%2” (version %3).</source>
        <translation>已将 %1导入“%2”（版本 %3）。</translation>
    </message>
    <message>
        <source>Imported %1 into “%2”.</source>
        <translation>已将 %1导入“%2”。</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>“%1” was not imported. The project is unchanged.</source>
        <translation>“%1”未导入。项目未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot Rename Dataset</source>
        <translation>无法重命名数据集</translation>
    </message>
    <message>
        <source>The dataset “%1” was not renamed.</source>
        <translation>数据集“%1”未重命名。</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete the dataset “%1”?</source>
        <translation>要删除数据集“%1”吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Erasing “%1”…</source>
        <translation>正在擦除“%1”…</translation>
    </message>
    <message>
        <source>Cannot Delete Dataset</source>
        <translation>无法删除数据集</translation>
    </message>
    <message>
        <source>The dataset “%1” was not deleted.</source>
        <translation>数据集“%1”未删除。</translation>
    </message>
    <message>
        <source>Deleted and erased “%1”.</source>
        <translation>已删除并擦除“%1”。</translation>
    </message>
    <message>
        <source>Choose the New Version of “%1”</source>
        <translation>选择“%1”的新版本</translation>
    </message>
    <message>
        <source>An import is running; drop the file again when it has finished.</source>
        <translation>正在导入；请在导入完成后再次拖放该文件。</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>%1 — Steward</source>
        <translation>%1 — Steward</translation>
    </message>
    <message>
        <source>%1 (%2) — Steward</source>
        <translation>%1（%2）— Steward</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Cancel it and quit?</source>
        <translation>导入仍在进行中。要取消导入并退出吗？</translation>
    </message>
    <message>
        <source>The project stays exactly as it was before the import.</source>
        <translation>项目将保持导入前的原样。</translation>
    </message>
    <message>
        <source>Cancel Import and Quit</source>
        <translation>取消导入并退出</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <source>&amp;Classify Fields…</source>
        <translation>字段分类分级(&amp;C)…</translation>
    </message>
    <message>
        <source>Profile the selected dataset&apos;s fields and decide their role and sensitivity grade</source>
        <translation>剖析所选数据集的字段，并确定其角色和敏感级别</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>分类分级</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln row(s) are securely erased: overwritten in the project file, not just marked as free space. This cannot be undone.</source>
        <translation>
            <numerusform>其中的 %Ln 行数据将被安全擦除：在项目文件中被覆写，而不只是标记为空闲空间。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>Who changed what in this project, and when</source>
        <translation>谁在何时对本项目做了哪些更改</translation>
    </message>
    <message>
        <source>Co&amp;mpact Project…</source>
        <translation>压缩项目(&amp;M)…</translation>
    </message>
    <message>
        <source>Give the space of deleted datasets back to the disk by rewriting the project file</source>
        <translation>重写项目文件，将已删除数据集占用的空间归还给磁盘</translation>
    </message>
    <message>
        <source>Compacted the project file from %1 to %2.</source>
        <translation>已将项目文件从 %1 压缩到 %2。</translation>
    </message>
    <message>
        <source>Compacting cancelled.</source>
        <translation>已取消压缩。</translation>
    </message>
    <message>
        <source>Cannot Compact Project</source>
        <translation>无法压缩项目</translation>
    </message>
    <message>
        <source>The project file was not compacted. The project is unchanged.</source>
        <translation>项目文件未压缩，项目保持不变。</translation>
    </message>
    <message>
        <source>Compact Project File</source>
        <translation>压缩项目文件</translation>
    </message>
    <message>
        <source>Compact the project file now?</source>
        <translation>现在压缩项目文件吗？</translation>
    </message>
    <message>
        <source>Deleting “%1” left %2 of zeroed space inside the project file (%3), which keeps its size until it is compacted. Compacting rewrites the file in the background and needs about as much free disk space while it runs; you can also do it later with File → Compact Project.</source>
        <translation>删除“%1”后，项目文件（%3）中留下了 %2 已清零的空间，在压缩之前文件大小不会变小。压缩会在后台重写文件，运行期间需要约同样大小的可用磁盘空间；也可以稍后通过“文件 → 压缩项目”进行。</translation>
    </message>
    <message>
        <source>Compact Now</source>
        <translation>立即压缩</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>分类分级(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Masking</source>
        <translation>脱敏(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;Release…</source>
        <translation>新建发布(&amp;R)…</translation>
    </message>
    <message>
        <source>Prepare datasets of this project for a recipient, with its agreement and impact assessment</source>
        <translation>为接收方准备本项目的数据集，并附数据共享协议和影响评估</translation>
    </message>
    <message>
        <source>Delete Release…</source>
        <translation>删除发布…</translation>
    </message>
    <message>
        <source>The list of releases cannot be read.</source>
        <translation>无法读取发布列表。</translation>
    </message>
    <message>
        <source>Created the release “%1”.</source>
        <translation>已创建发布“%1”。</translation>
    </message>
    <message>
        <source>&amp;Trusted Keys…</source>
        <translation>受信任的密钥(&amp;T)…</translation>
    </message>
    <message>
        <source>The keys whose decisions and packages this project accepts</source>
        <translation>本项目接受其决定和发布包的密钥</translation>
    </message>
    <message>
        <source>Open &amp;Review Package…</source>
        <translation>打开审核包(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation>校验发布包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>%1 is neither a Steward package nor a file Steward can import.</source>
        <translation>%1 既不是 Steward 发布包，也不是 Steward 可导入的文件。</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>已由 %1 更改</translation>
    </message>
    <message>
        <source>∅</source>
        <translation>∅</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>(rule error)</source>
        <translation>（规则错误）</translation>
    </message>
    <message>
        <source>Suppressed (no value) by %1</source>
        <translation>已由 %1 抑制（无值）</translation>
    </message>
    <message>
        <source>Dropped: the field is left out of the result</source>
        <translation>已删除：该字段不包含在结果中</translation>
    </message>
    <message>
        <source>%1 needs the project secret: unlock it to preview this field</source>
        <translation>%1 需要项目密钥：请先解锁才能预览此字段</translation>
    </message>
    <message>
        <source>The risk pass suppresses this record</source>
        <translation>风险计算完成后此记录将被抑制</translation>
    </message>
    <message>
        <source>%1 (dropped)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <source>Kept unchanged</source>
        <translation>保持不变</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskRuleEditor</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply the rule to the selected fields (Return)</source>
        <translation>将规则应用于所选字段（回车键）</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>脱敏方法(&amp;O)：</translation>
    </message>
    <message>
        <source>Select a field to set its masking rule</source>
        <translation>选择一个字段以设置其脱敏规则</translation>
    </message>
    <message>
        <source>Rule for “%1”</source>
        <translation>“%1”的规则</translation>
    </message>
    <message>
        <source>No parameters.</source>
        <translation>无参数。</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>What every non-empty value becomes</source>
        <translation>每个非空值将被替换成的文本</translation>
    </message>
    <message>
        <source>Keep &amp;first:</source>
        <translation>保留开头字符数(&amp;F)：</translation>
    </message>
    <message>
        <source>Keep &amp;last:</source>
        <translation>保留末尾字符数(&amp;L)：</translation>
    </message>
    <message>
        <source>Mask &amp;character:</source>
        <translation>掩码字符(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Text put before every token, e.g. P-</source>
        <translation>添加在每个令牌前面的文本，例如 P-</translation>
    </message>
    <message>
        <source>Band &amp;width:</source>
        <translation>区间宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>Width of equal bands (a number greater than 0)</source>
        <translation>等宽区间的宽度（大于 0 的数）</translation>
    </message>
    <message>
        <source>Or &amp;breaks:</source>
        <translation>或分界点(&amp;B)：</translation>
    </message>
    <message>
        <source>Increasing numbers separated by commas; instead of a width</source>
        <translation>以逗号分隔的递增数值；用于代替区间宽度</translation>
    </message>
    <message>
        <source>&amp;Generalise to:</source>
        <translation>泛化为(&amp;G)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Up to &amp;days:</source>
        <translation>最多偏移天数(&amp;D)：</translation>
    </message>
    <message>
        <source>(choose the subject key)</source>
        <translation>（请选择主体标识字段）</translation>
    </message>
    <message>
        <source>&amp;Subject key:</source>
        <translation>主体标识字段(&amp;S)：</translation>
    </message>
    <message>
        <source>The field identifying the person: all dates of one person move together</source>
        <translation>用于识别个人的字段：同一个人的所有日期一起偏移</translation>
    </message>
    <message>
        <source>&amp;Maximum:</source>
        <translation>最大值(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>(MAX+)</source>
        <translation>（最大值+）</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>最小值(&amp;I)：</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>(&lt;=MIN)</source>
        <translation>（&lt;=最小值）</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留字符数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>映射表(&amp;T)：</translation>
    </message>
    <message>
        <source>ICD-10 category (I21.9 → I21)</source>
        <translation>ICD-10 类目（I21.9 → I21）</translation>
    </message>
    <message>
        <source>ICD-10 chapter (I21.9 → I00-I99)</source>
        <translation>ICD-10 章（I21.9 → I00-I99）</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>映射表 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Unmatched values:</source>
        <translation>未匹配的值(&amp;U)：</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>抑制</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;Hierarchy file:</source>
        <translation>层级结构文件(&amp;H)：</translation>
    </message>
    <message>
        <source>Hierarchies (*.csv *.txt);;All files (*)</source>
        <translation>层级结构 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>(choose a file)</source>
        <translation>（请选择文件）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message numerus="yes">
        <source>Rule for %Ln selected field(s)</source>
        <translation>
            <numerusform>所选 %Ln 个字段的规则</numerusform>
        </translation>
    </message>
    <message>
        <source>Or &amp;built-in:</source>
        <translation>或内置(&amp;B)：</translation>
    </message>
    <message>
        <source>A built-in hierarchy instead of a file: date, date:decade, interval:5,10,20;top=90, redact:4,3,2, region, icd10, flat or groups:LABEL=VALUE|VALUE;…. Leave both empty to use the hierarchy stored in the project for this field.</source>
        <translation>用内置层级结构代替文件：date、date:decade、interval:5,10,20;top=90、redact:4,3,2、region、icd10、flat 或 groups:LABEL=VALUE|VALUE;…。两项都留空时，使用项目中为该字段保存的层级结构。</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskRuleModel</name>
    <message>
        <source>No rule stored: the field is kept unchanged.</source>
        <translation>未保存规则：该字段保持不变。</translation>
    </message>
    <message>
        <source>The rule in force is the suggested one.</source>
        <translation>当前生效的规则即为建议规则。</translation>
    </message>
    <message>
        <source>Suggested from the classification: %1. The rule in force differs.</source>
        <translation>根据分类分级结果建议：%1。当前生效的规则与此不同。</translation>
    </message>
    <message>
        <source>Not classified yet: classify the dataset first.</source>
        <translation>尚未分类分级：请先对数据集进行分类分级。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>脱敏方法</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>From the stored classification (decision, else suggestion)</source>
        <translation>取自已保存的分类分级结果（优先采用决定，否则采用建议）</translation>
    </message>
    <message>
        <source>The rule suggested from the classification; bold where the rule in force differs</source>
        <translation>根据分类分级结果建议的规则；与当前生效规则不同时以粗体显示</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Drop field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Partial mask</source>
        <translation>部分遮盖</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>Numeric bands</source>
        <translation>数值分段</translation>
    </message>
    <message>
        <source>Generalise date</source>
        <translation>日期泛化</translation>
    </message>
    <message>
        <source>Shift date</source>
        <translation>日期偏移</translation>
    </message>
    <message>
        <source>Top-code</source>
        <translation>上限编码</translation>
    </message>
    <message>
        <source>Bottom-code</source>
        <translation>下限编码</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>重新编码</translation>
    </message>
    <message>
        <source>Hierarchy level</source>
        <translation>层级泛化</translation>
    </message>
    <message>
        <source>Scrub free text</source>
        <translation>自由文本清洗</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>抑制</translation>
    </message>
    <message>
        <source>The values are kept unchanged.</source>
        <translation>值保持不变。</translation>
    </message>
    <message>
        <source>The field is left out of the result.</source>
        <translation>该字段不包含在结果中。</translation>
    </message>
    <message>
        <source>Every non-empty value becomes a fixed text.</source>
        <translation>每个非空值都替换为固定文本。</translation>
    </message>
    <message>
        <source>Keeps the first and last characters and masks the rest.</source>
        <translation>保留首尾字符，其余字符以掩码遮盖。</translation>
    </message>
    <message>
        <source>A keyed token of the value: the same person gets the same token in every dataset of the project. Needs the project passphrase.</source>
        <translation>由值生成的带密钥令牌：同一个人在本项目的所有数据集中得到相同的令牌。需要项目口令。</translation>
    </message>
    <message>
        <source>Numbers become bands of a width or between breaks.</source>
        <translation>数值按固定宽度或分界点划分为区间。</translation>
    </message>
    <message>
        <source>Dates become their year, quarter or month.</source>
        <translation>日期泛化为所在的年、季度或月。</translation>
    </message>
    <message>
        <source>Dates move by a per-subject offset, so intervals within a patient survive. Needs the project passphrase.</source>
        <translation>日期按每个主体各自的偏移量平移，因此同一患者内部的时间间隔得以保留。需要项目口令。</translation>
    </message>
    <message>
        <source>Values at or above the maximum become a label.</source>
        <translation>大于或等于最大值的值替换为标签。</translation>
    </message>
    <message>
        <source>Values at or below the minimum become a label.</source>
        <translation>小于或等于最小值的值替换为标签。</translation>
    </message>
    <message>
        <source>Keeps the leading digits or characters (postal codes, ID regions).</source>
        <translation>保留开头的数字或字符（如邮政编码、身份证地区码）。</translation>
    </message>
    <message>
        <source>Values are replaced through a table.</source>
        <translation>通过映射表替换值。</translation>
    </message>
    <message>
        <source>Values become a level of a value hierarchy.</source>
        <translation>值泛化为值层级结构中的某一层级。</translation>
    </message>
    <message>
        <source>Identifiers inside free text become placeholders such as [PHONE].</source>
        <translation>自由文本中的标识符替换为占位符，如 [PHONE]。</translation>
    </message>
    <message>
        <source>Every non-empty value is suppressed.</source>
        <translation>每个非空值都被抑制。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskRuleSetActions</name>
    <message>
        <source>Apply &amp;Preset</source>
        <translation>应用预设(&amp;P)</translation>
    </message>
    <message>
        <source>Rules for a kind of release, from the classification</source>
        <translation>根据分类分级结果生成适用于某类数据发布场景的规则</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Keep these rules to apply them to the next extract</source>
        <translation>保存这些规则，以便应用于下一批提取数据</translation>
    </message>
    <message>
        <source>Apply Te&amp;mplate…</source>
        <translation>应用模板(&amp;M)…</translation>
    </message>
    <message>
        <source>Set the rules from a saved template or a template file</source>
        <translation>根据已保存的模板或模板文件设置规则</translation>
    </message>
    <message>
        <source>Apply preset %1</source>
        <translation>应用预设“%1”</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Saved the rules as template “%1”.</source>
        <translation>已将规则保存为模板“%1”。</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>无法读取模板：%1</translation>
    </message>
    <message>
        <source>The template does not fit this dataset: %1</source>
        <translation>模板不适用于此数据集：%1</translation>
    </message>
    <message>
        <source>Apply template %1</source>
        <translation>应用模板“%1”</translation>
    </message>
    <message>
        <source>The template has rules for fields this dataset does not have: %1.</source>
        <translation>模板中包含此数据集没有的字段的规则：%1。</translation>
    </message>
    <message>
        <source>Quasi-identifiers of the template&apos;s record suppression that are missing: %1.</source>
        <translation>模板的记录抑制中缺失的准标识符：%1。</translation>
    </message>
    <message>
        <source>Applied template “%1”: every field is covered.</source>
        <translation>已应用模板“%1”：所有字段均已覆盖。</translation>
    </message>
    <message>
        <source>Applied template “%1”. %2</source>
        <translation>已应用模板“%1”。%2</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>A template named “%1” exists. Replace it?</source>
        <translation>名为“%1”的模板已存在。是否替换？</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件选择…</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>应用模板</translation>
    </message>
    <message>
        <source>Template to apply to “%1”:</source>
        <translation>要应用于“%1”的模板：</translation>
    </message>
    <message>
        <source>Masking templates (*.json);;All files (*)</source>
        <translation>脱敏模板 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New fields without a rule in the template (kept unchanged until you decide): %1.</source>
        <translation>模板中没有规则的新字段（在您决定之前保持不变）：%1。</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>无法读取模板：%1</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1（已损坏）</translation>
    </message>
    <message>
        <source>%1, Subject Key as Pseudonym</source>
        <translation>%1（主体键改为假名）</translation>
    </message>
    <message>
        <source>As Safe Harbor, but the subject key becomes a keyed pseudonym instead of being dropped. Safe Harbor allows such a code only if the key is never disclosed and the code cannot be traced back (45 CFR 164.514(c)): record why this holds.</source>
        <translation>与安全港相同，但主体键改为带密钥的假名而不删除。安全港仅在密钥从不披露且该代码无法被追溯时才允许这种代码（45 CFR 164.514(c)）：请记录为何满足此条件。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Apply a saved template, or save these rules as one</source>
        <translation>应用已保存的模板，或将这些规则保存为模板</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskingRiskLink</name>
    <message>
        <source>the result was computed for other data than dataset %1; run the search again</source>
        <translation>该结果所依据的数据与数据集“%1”的当前数据不一致；请重新搜索</translation>
    </message>
    <message>
        <source>Apply the k-anonymity result</source>
        <translation>应用 k-匿名结果</translation>
    </message>
    <message>
        <source>the k-anonymity result could not be stored</source>
        <translation>无法存储 k-匿名结果</translation>
    </message>
</context>
<context>
    <name>steward::ui::MaskingView</name>
    <message>
        <source>Rows of the dataset could not be read.</source>
        <translation>无法读取数据集中的行。</translation>
    </message>
    <message>
        <source>Apply &amp;Suggested Rules</source>
        <translation>应用建议规则(&amp;S)</translation>
    </message>
    <message>
        <source>Set every field&apos;s rule to the one suggested from the classification</source>
        <translation>将每个字段的规则设为根据分类分级结果建议的规则</translation>
    </message>
    <message>
        <source>Apply Suggested to Se&amp;lected</source>
        <translation>对所选字段应用建议规则(&amp;L)</translation>
    </message>
    <message>
        <source>Set the selected fields&apos; rules to the ones suggested from the classification</source>
        <translation>将所选字段的规则设为根据分类分级结果建议的规则</translation>
    </message>
    <message>
        <source>&amp;Keep (Clear Rule)</source>
        <translation>保留（清除规则）(&amp;K)</translation>
    </message>
    <message>
        <source>Remove the rules of the selected fields: they are kept unchanged (Delete)</source>
        <translation>移除所选字段的规则：这些字段将保持不变（Delete 键）</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Enter the project passphrase to preview pseudonyms and date shifts</source>
        <translation>输入项目口令以预览假名和日期偏移</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Masked (preview, nothing is written)</source>
        <translation>脱敏后（仅预览，不写入任何数据）</translation>
    </message>
    <message>
        <source>Masking of “%1”</source>
        <translation>“%1”的脱敏</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>无数据集</translation>
    </message>
    <message>
        <source>The masking rules could not be read.</source>
        <translation>无法读取脱敏规则。</translation>
    </message>
    <message>
        <source>This dataset has not been classified yet: roles, grades and suggested rules appear once it is (Classification tab).</source>
        <translation>此数据集尚未分类分级：完成分类分级（“分类分级”选项卡）后，将显示角色、级别和建议规则。</translation>
    </message>
    <message>
        <source>The rules of %1 need the project secret (pseudonyms, date shifts). Unlock it with the project passphrase to preview them; until then they show “(locked)”.</source>
        <translation>%1的规则需要项目密钥（假名、日期偏移）。请使用项目口令解锁后预览；在此之前将显示为“（已锁定）”。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Record suppression will show when the risk pass finishes</source>
        <translation>记录抑制将在风险计算完成后显示</translation>
    </message>
    <message>
        <source>Some rules cannot be previewed: %1</source>
        <translation>部分规则无法预览：%1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>保留%1</translation>
    </message>
    <message>
        <source>Set rule of %1 to %2</source>
        <translation>将%1的规则设为%2</translation>
    </message>
    <message>
        <source>Classify the dataset first (Classification tab): the suggestions come from the fields&apos; roles.</source>
        <translation>请先对数据集进行分类分级（“分类分级”选项卡）：建议规则依据字段的角色生成。</translation>
    </message>
    <message>
        <source>Apply suggested rules to %1</source>
        <translation>对%1应用建议规则</translation>
    </message>
    <message>
        <source>Apply suggested rules</source>
        <translation>应用建议规则</translation>
    </message>
    <message>
        <source>Keep %1 (clear rule)</source>
        <translation>保留%1（清除规则）</translation>
    </message>
    <message>
        <source>The rules are already set.</source>
        <translation>规则已设置。</translation>
    </message>
    <message>
        <source>The record suppression could not be read.</source>
        <translation>无法读取记录抑制设置。</translation>
    </message>
    <message>
        <source>The masking rules could not be stored.</source>
        <translation>无法存储脱敏规则。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>The project secret could not be unlocked.</source>
        <translation>无法解锁项目密钥。</translation>
    </message>
    <message>
        <source>Project secret unlocked</source>
        <translation>项目密钥已解锁</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they are and masked with the rules</source>
        <translation>前几行的原始值和按规则脱敏后的值</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show the original rows next to the masked ones</source>
        <translation>原始行与脱敏后的行并排显示</translation>
    </message>
    <message>
        <source>Masked Only</source>
        <translation>仅脱敏后</translation>
    </message>
    <message>
        <source>Show only the masked rows: twice the columns</source>
        <translation>只显示脱敏后的行：可显示两倍的列</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Re-identification risk and information loss of the rules</source>
        <translation>规则的重标识风险和信息损失</translation>
    </message>
    <message>
        <source>Not classified yet: %1. Roles, grades and suggested rules appear once every field is (Classification tab).</source>
        <translation>尚未分类分级：%1。所有字段完成分类分级（“分类分级”选项卡）后，将显示角色、级别和建议规则。</translation>
    </message>
    <message>
        <source>Edit &amp;Hierarchy…</source>
        <translation>编辑泛化层次(&amp;H)…</translation>
    </message>
    <message>
        <source>Inspect and edit how the current field is generalised, level by level</source>
        <translation>查看并编辑当前字段逐级泛化的方式</translation>
    </message>
    <message>
        <source>Hierarchy of “%1” saved.</source>
        <translation>已保存“%1”的泛化层次。</translation>
    </message>
    <message>
        <source>Hierarchy…</source>
        <translation>泛化层次…</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>e.g. Cardiology inpatients 2024</source>
        <translation>例如：2024 年心内科住院患者</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The project file holds patient data: keep it on an encrypted, access-controlled drive. Only your user account can read it.</source>
        <translation>项目文件包含患者数据：请将其保存在已加密、有访问控制的磁盘上。只有您的用户账户可以读取它。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Steward projects (*.steward)</source>
        <translation>Steward 项目 (*.steward)</translation>
    </message>
    <message>
        <source>Choose where to save the project file.</source>
        <translation>请选择项目文件的保存位置。</translation>
    </message>
    <message>
        <source>A file named “%1” already exists there. Steward never overwrites a file: choose another name.</source>
        <translation>该位置已有名为“%1”的文件。Steward 绝不覆盖文件：请另选名称。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>You cannot create files in “%1”.</source>
        <translation>您无权在“%1”中创建文件。</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation>新建发布</translation>
    </message>
    <message>
        <source>e.g. Cardiology registry 2026</source>
        <translation>例如：2026 年心内科登记研究</translation>
    </message>
    <message>
        <source>The organisation receiving the data</source>
        <translation>接收数据的机构</translation>
    </message>
    <message>
        <source>What the data will be used for</source>
        <translation>数据的用途</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>The language of the agreement and the assessment</source>
        <translation>协议和评估所用的语言</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>使用目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Sharing &amp;mode:</source>
        <translation>共享模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>合法性基础(&amp;L)：</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>文档语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Give the release a name.</source>
        <translation>请为发布命名。</translation>
    </message>
    <message>
        <source>A release named “%1” already exists.</source>
        <translation>已存在名为“%1”的发布。</translation>
    </message>
    <message>
        <source>The project has no datasets to release yet.</source>
        <translation>项目中还没有可发布的数据集。</translation>
    </message>
    <message>
        <source>Tick at least one dataset.</source>
        <translation>请至少勾选一个数据集。</translation>
    </message>
    <message>
        <source>Name the recipient organisation.</source>
        <translation>请填写接收机构。</translation>
    </message>
    <message>
        <source>Say what the data will be used for.</source>
        <translation>请说明数据的用途。</translation>
    </message>
    <message>
        <source>%1 Policy: %2.</source>
        <translation>%1 策略：%2。</translation>
    </message>
    <message>
        <source>The release was not created: %1</source>
        <translation>未创建发布：%1</translation>
    </message>
    <message>
        <source>e.g. research</source>
        <translation>例如：科研</translation>
    </message>
    <message>
        <source>Matched against the scopes in the consent registers of the ticked datasets: a record leaves only when its subject&apos;s latest decision grants this purpose. Empty: no record of a dataset with a consent register may leave.</source>
        <translation>与所勾选数据集的同意登记中的范围相匹配：仅当主体最新的决定同意此用途时，记录才会发出。留空：附有同意登记的数据集的任何记录都不得发出。</translation>
    </message>
    <message>
        <source>C&amp;onsent purpose:</source>
        <translation>同意用途(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>steward::ui::OverrideDialog</name>
    <message>
        <source>Override “%1”</source>
        <translation>调整“%1”</translation>
    </message>
    <message>
        <source>Override %1 Fields</source>
        <translation>调整 %1 个字段</translation>
    </message>
    <message>
        <source>Suggested: %1, %2, grade %3.
%4</source>
        <translation>建议：%1，%2，%3 级。
%4</translation>
    </message>
    <message>
        <source>This field has no suggestion yet.</source>
        <translation>此字段尚无建议。</translation>
    </message>
    <message>
        <source>The same role and grade are set for the %1 selected fields: %2.</source>
        <translation>将为所选的 %1 个字段设置相同的角色和敏感级别：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Each field’s suggested category</source>
        <translation>各字段的建议类别</translation>
    </message>
    <message>
        <source>Why the suggestion does not fit (required)</source>
        <translation>建议为何不适用（必填）</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>敏感级别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>调整(&amp;O)</translation>
    </message>
    <message>
        <source>The choice differs from the suggestion: say why. The reason is kept in the audit trail.</source>
        <translation>所选内容与建议不同：请说明理由。理由将记入审计日志。</translation>
    </message>
    <message>
        <source>The choice equals the suggestion: a reason is optional.</source>
        <translation>所选内容与建议一致：理由可不填。</translation>
    </message>
    <message>
        <source>Why this choice (optional)</source>
        <translation>选择理由（选填）</translation>
    </message>
</context>
<context>
    <name>steward::ui::PackageVerifyWindow</name>
    <message>
        <source>This package is encrypted</source>
        <translation>此发布包已加密</translation>
    </message>
    <message>
        <source>With a &amp;passphrase:</source>
        <translation>使用口令(&amp;P)：</translation>
    </message>
    <message>
        <source>With an age &amp;identity file:</source>
        <translation>使用 age 身份文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Decrypt and Verify</source>
        <translation>解密并校验(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Verify Package — Steward</source>
        <translation>校验发布包 — Steward</translation>
    </message>
    <message>
        <source>A file with an AGE-SECRET-KEY-1… line</source>
        <translation>含有 AGE-SECRET-KEY-1… 行的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose an Age Identity File</source>
        <translation>选择 age 身份文件</translation>
    </message>
    <message>
        <source>&amp;Trusted Keys…</source>
        <translation>受信任的密钥(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose the public keys (.pub) of the steward and the reviewers you expect: a valid signature by another key then counts as a problem.</source>
        <translation>请选择数据管理员和预期审核人的公钥（.pub）：此后由其他密钥作出的有效签名将被视为问题。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The package could not be decrypted.</source>
        <translation>无法解密此发布包。</translation>
    </message>
    <message>
        <source>The package cannot be read: %1</source>
        <translation>无法读取此发布包：%1</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <source>Open an export package with File → Verify Package…</source>
        <translation>请通过“文件 → 校验发布包…”打开导出的发布包</translation>
    </message>
    <message>
        <source>Verify Package</source>
        <translation>校验发布包</translation>
    </message>
    <message>
        <source>Export packages (*.zip *.zip.age *.age);;All files (*)</source>
        <translation>导出的发布包 (*.zip *.zip.age *.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation>校验发布包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Signatures are checked against the keys in the package; no trusted keys are chosen.</source>
        <translation>签名按包内所附的密钥校验；未选择受信任的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>Signers must be among %n trusted key(s).</source>
        <translation>
            <numerusform>签名人须在 %n 个受信任的密钥之列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Trusted Public Keys</source>
        <translation>选择受信任的公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — Verify Package</source>
        <translation>%1 — 校验发布包</translation>
    </message>
    <message>
        <source>Enter the passphrase or choose the identity file this package was encrypted for.</source>
        <translation>请输入口令，或选择此发布包加密时所针对的身份文件。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Checking every file and signature…</source>
        <translation>正在检查每个文件和签名…</translation>
    </message>
    <message>
        <source>The package is intact and every signature is valid.</source>
        <translation>发布包完好，所有签名均有效。</translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s) found. Do not use this package before you know why.</source>
        <translation>
            <numerusform>校验未通过：发现 %n 个问题。查明原因之前请勿使用此发布包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>发布：%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Encrypted (age)</source>
        <translation>已加密（age）</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Content fingerprint: %1</source>
        <translation>内容指纹：%1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>(trusted key)</source>
        <translation>（受信任的密钥）</translation>
    </message>
    <message>
        <source>(not a trusted key)</source>
        <translation>（非受信任的密钥）</translation>
    </message>
    <message>
        <source>(the package)</source>
        <translation>（发布包）</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
</context>
<context>
    <name>steward::ui::PassphraseDialog</name>
    <message>
        <source>Unlock Project Secret</source>
        <translation>解锁项目密钥</translation>
    </message>
    <message>
        <source>Create Project Secret</source>
        <translation>创建项目密钥</translation>
    </message>
    <message>
        <source>Enter the project passphrase to use its pseudonyms and date shifts.</source>
        <translation>请输入项目口令，以使用其假名和日期偏移。</translation>
    </message>
    <message>
        <source>This project has no secret yet. Choose a passphrase to protect it. It cannot be recovered: keep it safe.</source>
        <translation>此项目还没有密钥。请设置一个口令来保护它。口令无法找回，请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Hide Passphrase</source>
        <translation>隐藏口令</translation>
    </message>
    <message>
        <source>Show Passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyReasonDialog</name>
    <message>
        <source>Loosen Release Policy</source>
        <translation>放宽发布策略</translation>
    </message>
    <message>
        <source>This makes the release policy less strict than before:</source>
        <translation>此更改会使发布策略比原来宽松：</translation>
    </message>
    <message>
        <source>Say why. The reason is kept in the audit trail with the change; without one the policy stays as it is.</source>
        <translation>请说明理由。理由随更改记入审计日志；不填写理由则策略保持不变。</translation>
    </message>
    <message>
        <source>e.g. approved by the ethics committee, decision 2026-14</source>
        <translation>例如：经伦理委员会批准，决定编号 2026-14</translation>
    </message>
    <message>
        <source>Loosen</source>
        <translation>放宽</translation>
    </message>
</context>
<context>
    <name>steward::ui::PrivacyModelPanel</name>
    <message>
        <source>&amp;Highest risk at most:</source>
        <translation>最高风险不超过(&amp;H)：</translation>
    </message>
    <message>
        <source>A&amp;verage risk at most:</source>
        <translation>平均风险不超过(&amp;V)：</translation>
    </message>
    <message>
        <source>The prosecutor risk of the most exposed record, 1 / smallest class: raises k to match</source>
        <translation>风险最高的记录的检察官攻击风险，即 1 / 最小等价类大小：k 会相应提高</translation>
    </message>
    <message>
        <source>The prosecutor risk averaged over the records kept: classes / records</source>
        <translation>保留记录的平均检察官攻击风险：等价类数 / 记录数</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Sensitive attributes: what a class must not reveal about its records.</source>
        <translation>敏感属性：等价类不得泄露其记录的这些信息。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>What it requires</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Add another field as a sensitive attribute</source>
        <translation>将另一个字段添加为敏感属性</translation>
    </message>
    <message>
        <source>Add a sensitive attribute…</source>
        <translation>添加敏感属性…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Distinct l-diversity</source>
        <translation>不同值 l-多样性</translation>
    </message>
    <message>
        <source>Entropy l-diversity</source>
        <translation>熵 l-多样性</translation>
    </message>
    <message>
        <source>Recursive (c,l)-diversity</source>
        <translation>递归 (c,l)-多样性</translation>
    </message>
    <message>
        <source>t-closeness (ordered distance)</source>
        <translation>t-接近性（有序距离）</translation>
    </message>
    <message>
        <source>t-closeness (equal distance)</source>
        <translation>t-接近性（等距离）</translation>
    </message>
    <message>
        <source>Every class has at least l different values</source>
        <translation>每个等价类至少有 l 个不同值</translation>
    </message>
    <message>
        <source>The values of every class are spread at least as evenly as l equally frequent ones</source>
        <translation>每个等价类中取值的分布至少与 l 个等频取值一样均匀</translation>
    </message>
    <message>
        <source>In every class the most frequent value is rarer than c times the values from the l-th on together</source>
        <translation>每个等价类中最常见值的出现次数小于第 l 个及之后各值出现次数之和的 c 倍</translation>
    </message>
    <message>
        <source>The values of every class are distributed within distance t of the whole table&apos;s</source>
        <translation>每个等价类中取值的分布与整张表的分布之间的距离不超过 t</translation>
    </message>
    <message>
        <source>c = </source>
        <translation>c = </translation>
    </message>
    <message>
        <source>l = </source>
        <translation>l = </translation>
    </message>
    <message>
        <source>t = </source>
        <translation>t = </translation>
    </message>
    <message>
        <source>Nothing beyond k</source>
        <translation>仅要求 k</translation>
    </message>
    <message>
        <source>“%1” is checked as a quasi-identifier: a sensitive attribute must be another field.</source>
        <translation>“%1”已勾选为准标识符：敏感属性必须是其他字段。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %Ln distinct value(s): no class can reach l = %2.</source>
        <translation>
            <numerusform>“%1”只有 %Ln 个不同值：任何等价类都无法达到 l = %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>A highest risk of %1 % needs classes of at least %2 records: the search uses k = %2.</source>
        <translation>最高风险为 %1 % 时，等价类至少需要 %2 条记录：搜索使用 k = %2。</translation>
    </message>
    <message>
        <source>k = %1 already keeps the highest risk at or below %2 %.</source>
        <translation>k = %1 已使最高风险不超过 %2 %。</translation>
    </message>
</context>
<context>
    <name>steward::ui::ProjectCompactRunner</name>
    <message>
        <source>Compacting the project file (%1)…</source>
        <translation>正在压缩项目文件（%1）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compacting Project</source>
        <translation>正在压缩项目</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>steward::ui::ProjectNavigator</name>
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>数据发布</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>数据共享协议</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Imported %1 by %2</source>
        <translation>%2 于 %1 导入</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>No datasets yet</source>
        <translation>暂无数据集</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>发给 %1</translation>
    </message>
    <message>
        <source>Datasets: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>steward::ui::QuasiFieldTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Quasi-identifier</source>
        <translation>准标识符</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>泛化层次</translation>
    </message>
    <message>
        <source>Hierarchy file (optional)</source>
        <translation>泛化层次文件（可选）</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>最高级别</translation>
    </message>
    <message>
        <source>The field&apos;s stored rule: the result never generalises it less</source>
        <translation>字段已存储的规则：结果的泛化程度不会低于它</translation>
    </message>
    <message>
        <source>The levels the search chooses from, finest first</source>
        <translation>搜索可选的各个级别，从最细开始</translation>
    </message>
    <message>
        <source>Generalise this field to reach the privacy models</source>
        <translation>泛化此字段以满足隐私模型</translation>
    </message>
    <message>
        <source>Hierarchy…</source>
        <translation>泛化层次…</translation>
    </message>
    <message>
        <source>Build, edit or import the field&apos;s hierarchy; it is stored in the project</source>
        <translation>构建、编辑或导入字段的泛化层次；它会存储在项目中</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>How much this field&apos;s information loss counts</source>
        <translation>此字段的信息损失所占的权重</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No stored rule generalises this field</source>
        <translation>没有已存储的规则泛化此字段</translation>
    </message>
    <message>
        <source>The stored rule generalises this field to %1: the result keeps at least that</source>
        <translation>已存储的规则将此字段泛化到 %1：结果至少保持这一程度</translation>
    </message>
    <message>
        <source>Hierarchy of “%1”</source>
        <translation>“%1”的泛化层次</translation>
    </message>
    <message>
        <source>Hierarchies (*.csv *.txt);;All files (*)</source>
        <translation>泛化层次文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>The file takes precedence over the built-in hierarchy</source>
        <translation>文件优先于内置泛化层次</translation>
    </message>
    <message>
        <source>suggested when the search runs</source>
        <translation>搜索时给出建议</translation>
    </message>
    <message>
        <source>The field has no profile yet: Steward proposes a hierarchy from its values when the search runs</source>
        <translation>该字段尚未分析：搜索时 Steward 会根据其取值建议泛化层次</translation>
    </message>
    <message>
        <source>Stored in the project</source>
        <translation>已存储在项目中</translation>
    </message>
    <message>
        <source>From the field&apos;s stored rule</source>
        <translation>来自字段已存储的规则</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>steward::ui::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReleaseText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>fields above grade %1 masked</source>
        <translation>高于 %1 级的字段须脱敏</translation>
    </message>
    <message>
        <source>k ≥ %1</source>
        <translation>k ≥ %1</translation>
    </message>
    <message>
        <source>prosecutor risk ≤ %1</source>
        <translation>检察官风险 ≤ %1</translation>
    </message>
    <message>
        <source>ethics approval required</source>
        <translation>需要伦理审批</translation>
    </message>
    <message>
        <source>no ethics approval needed</source>
        <translation>无需伦理审批</translation>
    </message>
    <message>
        <source>free text may leave</source>
        <translation>允许发出自由文本</translation>
    </message>
    <message>
        <source>no free text</source>
        <translation>不发出自由文本</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交审核</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReleaseView</name>
    <message>
        <source>Delete Release…</source>
        <translation>删除发布…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Measuring the release&apos;s data…</source>
        <translation>正在测量发布的数据…</translation>
    </message>
    <message>
        <source>Measuring the release&apos;s data: %1 of %2 rows…</source>
        <translation>正在测量发布的数据：第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <source>A masking rule of this release needs the project secret, which is locked. Unlock it to measure the release and fill its documents.</source>
        <translation>此发布的某条脱敏规则需要项目密钥，而密钥已锁定。请解锁后再测量发布并填写其文档。</translation>
    </message>
    <message>
        <source>The release could not be measured: %1</source>
        <translation>无法测量该发布：%1</translation>
    </message>
    <message>
        <source>Measuring cancelled. The policy check and the documents show the last figures measured.</source>
        <translation>已取消测量。策略检查和文档显示的是上次测得的数据。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Responsible person, e-mail or address</source>
        <translation>负责人、电子邮件或地址</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>每行一人</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Consent form, law, contract or approval reference</source>
        <translation>同意书、法律、合同或批准文号</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Datasets:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>提供方(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Named &amp;users:</source>
        <translation>指定使用人员(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>使用目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>合法性基础(&amp;L)：</translation>
    </message>
    <message>
        <source>Sharing &amp;mode:</source>
        <translation>共享模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;tention:</source>
        <translation>保存期限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Document lan&amp;guage:</source>
        <translation>文档语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Set by the sharing mode. Tightening a value is saved at once; loosening one needs a reason, kept in the audit trail.</source>
        <translation>由共享模式决定。收紧某个值会立即保存；放宽某个值需要说明理由，理由记入审计日志。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Policy check</source>
        <translation>策略检查</translation>
    </message>
    <message>
        <source>The release cannot be read: %1</source>
        <translation>无法读取该发布：%1</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>删除发布</translation>
    </message>
    <message>
        <source>Only a draft release can be deleted.</source>
        <translation>只能删除草稿状态的发布。</translation>
    </message>
    <message>
        <source>Delete the release “%1”?</source>
        <translation>删除发布“%1”？</translation>
    </message>
    <message>
        <source>Its agreement and impact assessment, with every saved version, are deleted too. The datasets stay as they are.</source>
        <translation>其协议和影响评估连同所有已保存的版本将一并删除。数据集保持不变。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cannot Delete Release</source>
        <translation>无法删除发布</translation>
    </message>
    <message>
        <source>The release “%1” was not deleted.</source>
        <translation>未删除发布“%1”。</translation>
    </message>
    <message>
        <source>Deleted the release “%1”.</source>
        <translation>已删除发布“%1”。</translation>
    </message>
    <message>
        <source>mode default</source>
        <translation>模式默认值</translation>
    </message>
    <message>
        <source>mode default: %1</source>
        <translation>模式默认值：%1</translation>
    </message>
    <message>
        <source>Saving sets this mode&apos;s policy: %1.</source>
        <translation>保存后将采用此模式的策略：%1。</translation>
    </message>
    <message>
        <source>The release needs a name.</source>
        <translation>发布须有名称。</translation>
    </message>
    <message>
        <source>Tick at least one dataset.</source>
        <translation>请至少勾选一个数据集。</translation>
    </message>
    <message>
        <source>Not saved: the new sharing mode loosens the policy, which needs a reason.</source>
        <translation>未保存：新的共享模式会放宽策略，需要说明理由。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>策略已保存。</translation>
    </message>
    <message>
        <source>Policy loosened; the reason is in the audit trail.</source>
        <translation>策略已放宽；理由已记入审计日志。</translation>
    </message>
    <message>
        <source>Saved the release “%1”.</source>
        <translation>已保存发布“%1”。</translation>
    </message>
    <message>
        <source>The policy was not loosened: a reason is needed.</source>
        <translation>策略未放宽：需要说明理由。</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <source>The release&apos;s data meets its policy.</source>
        <translation>该发布的数据符合其策略。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3 of %4 required items</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;：%4 个必填项中已填 %3 个</translation>
    </message>
    <message>
        <source> · out of date</source>
        <translation> · 已过期</translation>
    </message>
    <message>
        <source>Complete. Click to open the document.</source>
        <translation>已完整。点击打开文档。</translation>
    </message>
    <message>
        <source>Agreement (DSA)</source>
        <translation>协议（DSA）</translation>
    </message>
    <message>
        <source>Impact assessment (DPIA)</source>
        <translation>影响评估（DPIA）</translation>
    </message>
    <message>
        <source>Not measured: the project secret is locked.</source>
        <translation>未测量：项目密钥已锁定。</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>未测量。</translation>
    </message>
    <message>
        <source>Unsaved Document Changes</source>
        <translation>文档更改未保存</translation>
    </message>
    <message>
        <source>Save the changes to the documents of “%1”?</source>
        <translation>保存对“%1”文档的更改？</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving makes a new version.</source>
        <translation>尚未保存：%1。保存会生成新版本。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>Policy check: %Ln finding(s)</source>
        <translation>
            <numerusform>策略检查：%Ln 项问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required item(s) still empty. Click to open the document.</source>
        <translation>
            <numerusform>还有 %Ln 个必填项为空。点击打开文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review &amp;&amp; Export</source>
        <translation>审核与导出</translation>
    </message>
    <message>
        <source>e.g. research</source>
        <translation>例如：科研</translation>
    </message>
    <message>
        <source>Matched against the scopes in the consent registers of the release&apos;s datasets: a record leaves only when its subject&apos;s latest decision grants this purpose. Empty: no record of a dataset with a consent register may leave.</source>
        <translation>与本发布数据集的同意登记中的范围相匹配：仅当主体最新的决定同意此用途时，记录才会发出。留空：附有同意登记的数据集的任何记录都不得发出。</translation>
    </message>
    <message>
        <source>C&amp;onsent purpose:</source>
        <translation>同意用途(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReleaseWorkflowView</name>
    <message>
        <source>E&amp;xport Package…</source>
        <translation>导出发布包(&amp;X)…</translation>
    </message>
    <message>
        <source>Export and release register</source>
        <translation>导出与发布登记</translation>
    </message>
    <message>
        <source>A signed package of the approved release for its recipient</source>
        <translation>为接收方生成已批准发布的签名发布包</translation>
    </message>
    <message>
        <source>Only an approved release whose every gate holds can be exported. Every export is recorded here.</source>
        <translation>只有已批准且所有关卡均通过的发布才能导出。每次导出都记录在此。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Measuring the release&apos;s data…</source>
        <translation>正在测量发布的数据…</translation>
    </message>
    <message>
        <source>The gates cannot be evaluated: %1</source>
        <translation>无法评估关卡：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>The release has not been measured yet: wait for its figures.</source>
        <translation>发布尚未度量：请等待其统计结果。</translation>
    </message>
    <message numerus="yes">
        <source>Export refused: %Ln gate(s) fail.</source>
        <translation>
            <numerusform>拒绝导出：%Ln 道关卡未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Exported the release “%1”.</source>
        <translation>已导出发布“%1”。</translation>
    </message>
</context>
<context>
    <name>steward::ui::RenameDatasetDialog</name>
    <message>
        <source>Rename Dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>New name for dataset “%1”:</source>
        <translation>数据集“%1”的新名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewPanel</name>
    <message>
        <source>A masking rule of this release needs the project secret, which is locked. Unlock it on the Masking tab first.</source>
        <translation>此发布的某条脱敏规则需要项目密钥，而项目密钥尚未解锁。请先在“脱敏”选项卡中解锁。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The key was not unlocked: %1</source>
        <translation>密钥未能解锁：%1</translation>
    </message>
    <message>
        <source>Saved the review package %1. Give it to the reviewers.</source>
        <translation>已保存审核包 %1。请将其交给审核人。</translation>
    </message>
    <message>
        <source>Saved the review package of “%1”.</source>
        <translation>已保存“%1”的审核包。</translation>
    </message>
    <message>
        <source>The review package was not saved: %1</source>
        <translation>审核包未保存：%1</translation>
    </message>
    <message>
        <source>Saving the review package was cancelled; nothing was left behind.</source>
        <translation>保存审核包已取消；未留下任何文件。</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>Freeze the current content for the reviewers</source>
        <translation>冻结当前内容，供审核人审核</translation>
    </message>
    <message>
        <source>Save Review &amp;Package…</source>
        <translation>保存审核包(&amp;P)…</translation>
    </message>
    <message>
        <source>The masked data, documents, risk and gates in one file for reviewers without the project</source>
        <translation>将脱敏数据、文书、风险和关卡打包为一个文件，供没有项目文件的审核人使用</translation>
    </message>
    <message>
        <source>&amp;Import Decision…</source>
        <translation>导入决定(&amp;I)…</translation>
    </message>
    <message>
        <source>A decision file a reviewer signed on their own machine</source>
        <translation>审核人在自己电脑上签名的决定文件</translation>
    </message>
    <message>
        <source>&amp;Decide with a Key…</source>
        <translation>用密钥作出决定(&amp;D)…</translation>
    </message>
    <message>
        <source>A reviewer signs their decision here with their own key</source>
        <translation>审核人在此用自己的密钥签署决定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Signed over</source>
        <translation>签署对象</translation>
    </message>
    <message>
        <source>The review state cannot be read: %1</source>
        <translation>无法读取审核状态：%1</translation>
    </message>
    <message>
        <source>Review state unknown.</source>
        <translation>审核状态未知。</translation>
    </message>
    <message>
        <source>State: %1 — submitted on %2 by %3</source>
        <translation>状态：%1 — 由 %3 于 %2 提交</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Approvals on the current content: compliance %1 of %2, ethics %3 of %4.</source>
        <translation>对当前内容的批准：合规 %1/%2，伦理 %3/%4。</translation>
    </message>
    <message>
        <source>Submit the release when its gates hold; the reviewers then decide on exactly that content.</source>
        <translation>关卡全部通过后即可提交发布；审核人随后将针对该内容作出决定。</translation>
    </message>
    <message>
        <source>The approvals no longer count: %1 changed since the submission. Submit the release again for review.</source>
        <translation>已有批准不再有效：自提交以来 %1 已有变化。请重新提交发布以供审核。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rejected by %1 (%2): %3</source>
        <translation>被 %1（%2）驳回：%3</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>无意见</translation>
    </message>
    <message>
        <source>· %1, section %2: %3 — %4</source>
        <translation>· %1，章节 %2：%3 — %4</translation>
    </message>
    <message>
        <source>to correct</source>
        <translation>需更正</translation>
    </message>
    <message>
        <source>improvable</source>
        <translation>可改进</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>当前内容</translation>
    </message>
    <message>
        <source>Earlier content</source>
        <translation>先前内容</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>指纹 %1</translation>
    </message>
    <message>
        <source>Re&amp;submit for Review</source>
        <translation>重新提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>Submitted for review. Save the review package for reviewers who decide on their own machine, or let them decide here with their key.</source>
        <translation>已提交审核。可为在自己电脑上作决定的审核人保存审核包，或让他们在此用自己的密钥作出决定。</translation>
    </message>
    <message>
        <source>Submitted “%1” for review.</source>
        <translation>已提交“%1”以供审核。</translation>
    </message>
    <message>
        <source>Save Review Package</source>
        <translation>保存审核包</translation>
    </message>
    <message>
        <source>Review packages (*.review.zip);;All files (*)</source>
        <translation>审核包 (*.review.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saving the review package…</source>
        <translation>正在保存审核包…</translation>
    </message>
    <message>
        <source>Import Decision</source>
        <translation>导入决定</translation>
    </message>
    <message>
        <source>Decision files (*.decision.zip);;All files (*)</source>
        <translation>决定文件 (*.decision.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The decision %1 was not imported: %2</source>
        <translation>决定 %1 未导入：%2</translation>
    </message>
    <message>
        <source>Imported the decision of %1 (%2): %3.</source>
        <translation>已导入 %1（%2）的决定：%3。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Imported a review decision for “%1”.</source>
        <translation>已为“%1”导入一项审核决定。</translation>
    </message>
    <message>
        <source>Unlock Signing Key</source>
        <translation>解锁签名密钥</translation>
    </message>
    <message>
        <source>Enter the passphrase of the key %1 to sign the decision.</source>
        <translation>请输入密钥 %1 的口令以签署决定。</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>Unlocking the key…</source>
        <translation>正在解锁密钥…</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>决定未记录：%1</translation>
    </message>
    <message>
        <source>Recorded the decision of %1 (%2): %3.</source>
        <translation>已记录 %1（%2）的决定：%3。</translation>
    </message>
    <message>
        <source>Recorded a review decision for “%1”.</source>
        <translation>已为“%1”记录一项审核决定。</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewRiskPage</name>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3–4</source>
        <translation>3–4</translation>
    </message>
    <message>
        <source>5–9</source>
        <translation>5–9</translation>
    </message>
    <message>
        <source>10–19</source>
        <translation>10–19</translation>
    </message>
    <message>
        <source>20–49</source>
        <translation>20–49</translation>
    </message>
    <message>
        <source>50+</source>
        <translation>50+</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>A group is the records that share the same values of the fields that could identify a person; the chart counts the records in groups of each size.</source>
        <translation>组是指在可能识别个人的字段上取值相同的记录；图表统计各种大小的组中的记录数。</translation>
    </message>
    <message>
        <source>Policy minimum group size (k)</source>
        <translation>策略规定的最小组大小（k）</translation>
    </message>
    <message>
        <source>Groups of records</source>
        <translation>记录组数</translation>
    </message>
    <message>
        <source>Smallest group</source>
        <translation>最小组</translation>
    </message>
    <message>
        <source>Records in groups below k</source>
        <translation>所在组小于 k 的记录</translation>
    </message>
    <message>
        <source>Highest chance of singling out a person</source>
        <translation>识别出某个人的最高概率</translation>
    </message>
    <message>
        <source>Average chance of singling out a person</source>
        <translation>识别出某个人的平均概率</translation>
    </message>
    <message>
        <source>Records unique in the data</source>
        <translation>数据中唯一的记录</translation>
    </message>
    <message>
        <source>Records withheld</source>
        <translation>不发布的记录</translation>
    </message>
    <message>
        <source>Before masking</source>
        <translation>脱敏前</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布数据</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>组大小</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewSectionMarks</name>
    <message>
        <source>Mark each section. Your marks and comments are signed with your decision.</source>
        <translation>请标记每个章节。您的标记和意见将随决定一同签名。</translation>
    </message>
    <message>
        <source>This document has no sections to mark.</source>
        <translation>此文书没有可标记的章节。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewText</name>
    <message>
        <source>The datasets of the release are present</source>
        <translation>发布的数据集齐全</translation>
    </message>
    <message>
        <source>Every field is classified and confirmed</source>
        <translation>每个字段均已分类分级并确认</translation>
    </message>
    <message>
        <source>No direct identifier leaves unmasked</source>
        <translation>没有直接标识符未经脱敏发出</translation>
    </message>
    <message>
        <source>No field above the highest grade allowed unmasked leaves unmasked</source>
        <translation>没有高于可不脱敏最高级别的字段未经脱敏发出</translation>
    </message>
    <message>
        <source>The re-identification risk is within the policy</source>
        <translation>重标识风险在策略范围内</translation>
    </message>
    <message>
        <source>Subjects without valid consent are excluded</source>
        <translation>未给予有效同意的主体已排除</translation>
    </message>
    <message>
        <source>The data sharing agreement is complete</source>
        <translation>数据共享协议已完整</translation>
    </message>
    <message>
        <source>The data sharing agreement is up to date</source>
        <translation>数据共享协议为最新</translation>
    </message>
    <message>
        <source>The impact assessment is complete</source>
        <translation>影响评估已完整</translation>
    </message>
    <message>
        <source>The impact assessment is up to date</source>
        <translation>影响评估为最新</translation>
    </message>
    <message>
        <source>The required approvals are signed</source>
        <translation>所需批准均已签署</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>Improvable</source>
        <translation>可改进</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>需更正</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No risk figures were measured for this dataset.</source>
        <translation>此数据集未度量任何风险数据。</translation>
    </message>
    <message>
        <source>Someone who knows a person is in the data would single them out with a chance of at most %1 (%2 on average).</source>
        <translation>知道某人在数据中的人，认出此人的概率最高为 %1（平均为 %2）。</translation>
    </message>
    <message>
        <source>Records in groups smaller than the policy&apos;s minimum: %1.</source>
        <translation>小于策略最小值的组中的记录：%1。</translation>
    </message>
    <message>
        <source>Records withheld to reach it: %1.</source>
        <translation>为达到最小值而不发布的记录：%1。</translation>
    </message>
    <message>
        <source>Some people in the data are alone with the characteristics that could identify them (the smallest group has one record).</source>
        <translation>数据中有些人可能暴露身份的特征是独一无二的（最小组只有一条记录）。</translation>
    </message>
    <message numerus="yes">
        <source>Every person in the data shares the characteristics that could identify them with at least %Ln records (the smallest group).</source>
        <translation>
            <numerusform>数据中的每个人，其可能暴露身份的特征都至少与 %Ln 条记录相同（最小组）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewWindow</name>
    <message>
        <source>Steward cannot open this file as a review package.</source>
        <translation>Steward 无法将此文件作为审核包打开。</translation>
    </message>
    <message>
        <source>Opening the package was cancelled.</source>
        <translation>已取消打开审核包。</translation>
    </message>
    <message>
        <source>Your signed decision was saved as %1. Send this file to the data steward.</source>
        <translation>您签署的决定已保存为 %1。请将此文件发送给数据管理员。</translation>
    </message>
    <message>
        <source>Decision Not Signed</source>
        <translation>决定未签署</translation>
    </message>
    <message>
        <source>Your decision was not signed.</source>
        <translation>您的决定未能签署。</translation>
    </message>
    <message>
        <source>Open Review Package</source>
        <translation>打开审核包</translation>
    </message>
    <message>
        <source>Review packages (*.review.zip);;All files (*)</source>
        <translation>审核包 (*.review.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Review Package…</source>
        <translation>打开审核包(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Verify Package…</source>
        <translation>校验发布包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Review mode: you are reading a review package. Nothing you do here changes it; your decision is saved as a separate signed file.</source>
        <translation>审核模式：您正在查看审核包。在此的任何操作都不会改变审核包；您的决定将另存为一个已签名的文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>关卡</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>发布：</translation>
    </message>
    <message>
        <source>What leaves:</source>
        <translation>发出的数据：</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>使用目的：</translation>
    </message>
    <message>
        <source>How it is shared:</source>
        <translation>共享方式：</translation>
    </message>
    <message>
        <source>Risk for the people in the data:</source>
        <translation>对数据中个人的风险：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Approvals needed:</source>
        <translation>所需批准：</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <source>This package:</source>
        <translation>此审核包：</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation>数据字典</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Data sharing agreement</source>
        <translation>数据共享协议</translation>
    </message>
    <message>
        <source>The checks Steward made before the release was submitted. A release is exported only when every check passes, the approvals included.</source>
        <translation>提交发布前 Steward 所做的检查。只有所有检查（包括批准）均通过，发布才能导出。</translation>
    </message>
    <message>
        <source>Open a review package with File → Open Review Package…</source>
        <translation>请通过“文件 → 打开审核包…”打开审核包</translation>
    </message>
    <message>
        <source>Review of “%1” — Steward</source>
        <translation>审核“%1” — Steward</translation>
    </message>
    <message>
        <source>%1 — Steward Review</source>
        <translation>%1 — Steward 审核</translation>
    </message>
    <message>
        <source>Steward Review</source>
        <translation>Steward 审核</translation>
    </message>
    <message>
        <source>Checking every file of %1 against its checksum…</source>
        <translation>正在按校验和检查 %1 中的每个文件…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This package was changed after it was made, or is damaged. Do not review it: ask the data steward for a new one.</source>
        <translation>此审核包在生成后被改动过或已损坏。请勿审核，并向数据管理员索取新的审核包。</translation>
    </message>
    <message>
        <source>%1 (%2 records, %3 fields)</source>
        <translation>%1（%2 条记录，%3 个字段）</translation>
    </message>
    <message>
        <source>Named users: %1</source>
        <translation>指定使用人员：%1</translation>
    </message>
    <message>
        <source>%1 of %2 checks pass.</source>
        <translation>%2 项检查中已通过 %1 项。</translation>
    </message>
    <message>
        <source>Still to pass: %1</source>
        <translation>尚未通过：%1</translation>
    </message>
    <message>
        <source>%1 from compliance staff, %2 from the ethics committee.</source>
        <translation>合规人员 %1 项，伦理委员会 %2 项。</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，提交人 %2</translation>
    </message>
    <message>
        <source>Intact: every file matches the checksum it was packed with.</source>
        <translation>完好：每个文件都与打包时的校验和一致。</translation>
    </message>
    <message>
        <source>Content fingerprint (what your signature covers): %1</source>
        <translation>内容指纹（您的签名所涵盖的内容）：%1</translation>
    </message>
    <message>
        <source>This package holds no data.</source>
        <translation>此审核包不含数据。</translation>
    </message>
    <message>
        <source>%1 records, %2 fields, as the recipient will receive them (read-only).</source>
        <translation>%1 条记录，%2 个字段，与接收方将收到的数据一致（只读）。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records; more are read as you scroll (read-only).</source>
        <translation>显示 %2 条记录中的前 %1 条；滚动时继续读取（只读）。</translation>
    </message>
    <message>
        <source>This package does not contain this document.</source>
        <translation>此审核包不含该文书。</translation>
    </message>
    <message>
        <source>Passes: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>Does not pass: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>Sections marked: %1 of %2 in the impact assessment, %3 of %4 in the agreement.</source>
        <translation>已标记章节：影响评估 %1/%2，协议 %3/%4。</translation>
    </message>
    <message>
        <source>Unlock Signing Key</source>
        <translation>解锁签名密钥</translation>
    </message>
    <message>
        <source>Enter the passphrase of your signing key %1.</source>
        <translation>请输入您的签名密钥 %1 的口令。</translation>
    </message>
    <message>
        <source>This key belongs to a data steward. Only compliance staff and ethics committee members decide on releases.</source>
        <translation>此密钥属于数据管理员。只有合规人员和伦理委员会成员才能对发布作出决定。</translation>
    </message>
</context>
<context>
    <name>steward::ui::RiskCharts</name>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3–4</source>
        <translation>3–4</translation>
    </message>
    <message>
        <source>5–9</source>
        <translation>5–9</translation>
    </message>
    <message>
        <source>10–19</source>
        <translation>10–19</translation>
    </message>
    <message>
        <source>20–49</source>
        <translation>20–49</translation>
    </message>
    <message>
        <source>50+</source>
        <translation>50+</translation>
    </message>
    <message>
        <source>Records per equivalence-class size, before and after masking: records in small classes are the ones at risk</source>
        <translation>脱敏前后按等价类大小统计的记录数：位于小等价类中的记录存在风险</translation>
    </message>
    <message>
        <source>Re-identification risk of the stored data and of the masked data</source>
        <translation>存储数据与脱敏数据的重标识风险</translation>
    </message>
    <message>
        <source>Information loss per field (0 %: unchanged, 100 %: gone)</source>
        <translation>各字段的信息损失（0 %：未改变，100 %：完全丢失）</translation>
    </message>
    <message>
        <source>Class sizes</source>
        <translation>等价类大小</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>脱敏前 / 后</translation>
    </message>
    <message>
        <source>Loss per field</source>
        <translation>各字段信息损失</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储数据</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>脱敏数据</translation>
    </message>
    <message>
        <source>Class size</source>
        <translation>等价类大小</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>唯一记录</translation>
    </message>
    <message>
        <source>Below k</source>
        <translation>低于 k</translation>
    </message>
    <message>
        <source>Max risk</source>
        <translation>最大风险</translation>
    </message>
    <message>
        <source>Avg risk</source>
        <translation>平均风险</translation>
    </message>
    <message>
        <source>Information loss</source>
        <translation>信息损失</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No field loses information.</source>
        <translation>没有字段损失信息。</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
</context>
<context>
    <name>steward::ui::RiskMapChart</name>
    <message>
        <source>Negligible</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>有限</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Before measures</source>
        <translation>措施前</translation>
    </message>
    <message>
        <source>After measures</source>
        <translation>措施后</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>steward::ui::RiskPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Measuring risk: %1 of %2 records</source>
        <translation>正在度量风险：%1 / %2 条记录</translation>
    </message>
    <message>
        <source>Risk measurement cancelled; the figures are out of date.</source>
        <translation>风险度量已取消；统计数据已过时。</translation>
    </message>
    <message>
        <source>Measuring risk…</source>
        <translation>正在度量风险…</translation>
    </message>
    <message>
        <source>The risk could not be measured: %1</source>
        <translation>无法度量风险：%1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>等价类数</translation>
    </message>
    <message>
        <source>Smallest class (k)</source>
        <translation>最小等价类（k）</translation>
    </message>
    <message>
        <source>The data is k-anonymous for this k</source>
        <translation>数据对该 k 满足 k-匿名</translation>
    </message>
    <message>
        <source>Below the target k</source>
        <translation>低于目标 k</translation>
    </message>
    <message>
        <source>Records below k=%1</source>
        <translation>低于 k=%1 的记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Records in equivalence classes smaller than the target k</source>
        <translation>位于小于目标 k 的等价类中的记录</translation>
    </message>
    <message>
        <source>Sample uniques</source>
        <translation>样本唯一记录</translation>
    </message>
    <message>
        <source>Records alone in their class</source>
        <translation>在所属等价类中唯一的记录</translation>
    </message>
    <message>
        <source>Prosecutor risk (max)</source>
        <translation>检察官攻击风险（最大）</translation>
    </message>
    <message>
        <source>Prosecutor risk (avg)</source>
        <translation>检察官攻击风险（平均）</translation>
    </message>
    <message>
        <source>Suppressed records</source>
        <translation>被抑制的记录</translation>
    </message>
    <message>
        <source>Records the record suppression leaves out (classes below its k)</source>
        <translation>被记录抑制排除的记录（位于小于其 k 值的等价类中）</translation>
    </message>
    <message>
        <source>Suppressed cells</source>
        <translation>被抑制的单元格</translation>
    </message>
    <message>
        <source>Information loss</source>
        <translation>信息损失</translation>
    </message>
    <message>
        <source>l-diversity of %1</source>
        <translation>%1 的 l-多样性</translation>
    </message>
    <message>
        <source>The fewest distinct values of %1 in one class</source>
        <translation>单个等价类中 %1 的最少不同值个数</translation>
    </message>
    <message>
        <source>The record suppression leaves out more records than the limit it was chosen with: search again.</source>
        <translation>记录抑制排除的记录数超过了选定它时所用的上限：请重新搜索。</translation>
    </message>
    <message>
        <source>Target &amp;k:</source>
        <translation>目标 k(&amp;K)：</translation>
    </message>
    <message>
        <source>Quasi-identifiers (%1)</source>
        <translation>准标识符（%1）</translation>
    </message>
    <message>
        <source>The fields an attacker may know; from the classification</source>
        <translation>攻击者可能知道的字段；取自分类分级结果</translation>
    </message>
    <message>
        <source>Sensitive (%1)</source>
        <translation>敏感属性（%1）</translation>
    </message>
    <message>
        <source>Find k-anonymous generalisation…</source>
        <translation>查找 k-匿名泛化方案…</translation>
    </message>
    <message>
        <source>Search the generalisation hierarchies for the least information loss that reaches k</source>
        <translation>在泛化层次中搜索达到 k 且信息损失最小的方案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储数据</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>脱敏数据</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未度量。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>待解锁</translation>
    </message>
    <message>
        <source>Waits for the project passphrase: the rules use keyed pseudonyms, which need the project secret</source>
        <translation>等待项目口令：规则使用了带密钥的假名，需要项目密钥</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not measured: no quasi-identifier is chosen</source>
        <translation>未度量：没有选择准标识符</translation>
    </message>
    <message>
        <source>Mean of the quasi-identifiers&apos; information loss (a dropped one counts 100 %), as the k-anonymity search reports it; per field the average cell loss (m−1)/(N−1)</source>
        <translation>各准标识符信息损失的平均值（被删除的准标识符按 100 % 计），与 k-匿名搜索报告的数值一致；每个字段为单元格平均损失 (m−1)/(N−1)</translation>
    </message>
    <message>
        <source>Other fields changed</source>
        <translation>其他被修改的字段</translation>
    </message>
    <message>
        <source>Fields outside the quasi-identifiers that the rules change, with their information loss; they are not part of the total above</source>
        <translation>规则修改的准标识符以外的字段及其信息损失；它们不计入上面的总计</translation>
    </message>
    <message>
        <source>The rules use keyed pseudonyms: the masked figures wait for the project passphrase. The Stored column is measured; unlock the secret to measure the masked data.</source>
        <translation>规则使用了带密钥的假名：脱敏数据的指标需等待项目口令。“存储数据”一列已度量；解锁项目密钥后即可度量脱敏数据。</translation>
    </message>
    <message>
        <source>No quasi-identifier is chosen, so the re-identification risk is not measured: choose the fields an attacker may know under “Quasi-identifiers”.</source>
        <translation>没有选择准标识符，因此未度量重识别风险：请在“准标识符”中选择攻击者可能知道的字段。</translation>
    </message>
    <message>
        <source>The masked data waits for the project passphrase.</source>
        <translation>脱敏数据需等待项目口令。</translation>
    </message>
    <message>
        <source>No quasi-identifier is chosen: no classes to show.</source>
        <translation>没有选择准标识符：没有可显示的等价类。</translation>
    </message>
    <message>
        <source>Stored data measured at %1; the masked data is not measured yet.</source>
        <translation>存储数据已于 %1 度量；脱敏数据尚未度量。</translation>
    </message>
    <message>
        <source>Stored and masked data measured at %1 with the current rules.</source>
        <translation>存储数据和脱敏数据已于 %1 按当前规则度量。</translation>
    </message>
    <message>
        <source>The fields whose values must not be learnt; from the classification</source>
        <translation>其取值不得被获知的字段；来自分类结果</translation>
    </message>
    <message>
        <source>The fields an attacker may know (quasi-identifiers):</source>
        <translation>攻击者可能知道的字段（准标识符）：</translation>
    </message>
    <message>
        <source>All quasi-identifiers of the classification</source>
        <translation>分类结果中的全部准标识符</translation>
    </message>
    <message>
        <source>The fields whose values must not be learnt (sensitive):</source>
        <translation>其取值不得被获知的字段（敏感属性）：</translation>
    </message>
    <message>
        <source>All sensitive fields of the classification</source>
        <translation>分类结果中的全部敏感字段</translation>
    </message>
    <message>
        <source>No population estimate: %1</source>
        <translation>无法估计总体风险：%1</translation>
    </message>
    <message>
        <source>As stored, no record is alone in its class, so no one is expected to be unique in the population.</source>
        <translation>存储数据中没有记录独占一个等价类，因此预计总体中没有人是唯一的。</translation>
    </message>
    <message>
        <source>No record is alone in its class, so no one is expected to be unique in the population.</source>
        <translation>没有记录独占一个等价类，因此预计总体中没有人是唯一的。</translation>
    </message>
    <message>
        <source>As stored, about %1 of the population would be unique on the quasi-identifiers (an estimated %2 of %3 people).</source>
        <translation>按存储数据，总体中约 %1 的人在准标识符上是唯一的（估计为 %3 人中的 %2 人）。</translation>
    </message>
    <message>
        <source>About %1 of the population would be unique on the quasi-identifiers (an estimated %2 of %3 people).</source>
        <translation>总体中约 %1 的人在准标识符上是唯一的（估计为 %3 人中的 %2 人）。</translation>
    </message>
    <message>
        <source>As stored: about %1.</source>
        <translation>存储数据：约 %1。</translation>
    </message>
    <message>
        <source>Journalist risk: highest %1, average %2; marketer risk %3.</source>
        <translation>记者攻击风险：最高 %1，平均 %2；营销者攻击风险 %3。</translation>
    </message>
    <message>
        <source>Estimated with Pitman&apos;s model. The records are %1 of the population; up to 10 % Pitman&apos;s estimator is the most accurate (Dankar et al., 2012).</source>
        <translation>按 Pitman 模型估计。记录占总体的 %1；抽样比例不超过 10 % 时，Pitman 估计量最准确（Dankar 等，2012）。</translation>
    </message>
    <message>
        <source>Estimated with Zayatz&apos;s model. The records are %1 of the population; Pitman&apos;s model, the most accurate up to 10 %, does not fit these data.</source>
        <translation>按 Zayatz 模型估计。记录占总体的 %1；抽样比例不超过 10 % 时最准确的 Pitman 模型不适用于这些数据。</translation>
    </message>
    <message>
        <source>Estimated with Zayatz&apos;s model. The records are %1 of the population; above 10 % the smaller of the Zayatz and SNB estimates is used (Dankar et al., 2012).</source>
        <translation>按 Zayatz 模型估计。记录占总体的 %1；抽样比例超过 10 % 时取 Zayatz 与 SNB 估计中较小者（Dankar 等，2012）。</translation>
    </message>
    <message>
        <source>Estimated with the shifted negative binomial (SNB) model. The records are %1 of the population; above 10 % the smaller of the Zayatz and SNB estimates is used (Dankar et al., 2012).</source>
        <translation>按移位负二项（SNB）模型估计。记录占总体的 %1；抽样比例超过 10 % 时取 Zayatz 与 SNB 估计中较小者（Dankar 等，2012）。</translation>
    </message>
    <message>
        <source>No record is alone in its class: every model estimates no population uniques.</source>
        <translation>没有记录独占一个等价类：各模型估计的总体唯一个体均为 0。</translation>
    </message>
    <message>
        <source>no fit</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Estimates: Pitman %1, Zayatz %2, SNB %3.</source>
        <translation>各模型的估计：Pitman %1，Zayatz %2，SNB %3。</translation>
    </message>
    <message>
        <source>Journalist risk: the chance that someone who knows a person&apos;s quasi-identifiers picks that person&apos;s record, each class&apos;s size in the population estimated from its size here. Marketer risk: the share of records a linkage of all of them would re-identify.</source>
        <translation>记者攻击风险：知道某人准标识符的人选中此人记录的概率，每个等价类在总体中的大小由其在本数据中的大小估计。营销者攻击风险：将全部记录进行关联时被重新识别的记录比例。</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>总体(&amp;P)：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>sampling fraction</source>
        <translation>抽样比例</translation>
    </message>
    <message>
        <source>The population the records were drawn from, to estimate how many people in it would be unique on the quasi-identifiers</source>
        <translation>记录所抽取自的总体，用于估计总体中有多少人在准标识符上是唯一的</translation>
    </message>
    <message>
        <source>People in the population, or the records&apos; share of it</source>
        <translation>总体人数，或记录占总体的比例</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>steward::ui::SetHierarchyCommand</name>
    <message>
        <source>Hierarchy of “%1”</source>
        <translation>“%1”的泛化层次</translation>
    </message>
    <message>
        <source>the project is no longer open</source>
        <translation>项目已关闭</translation>
    </message>
</context>
<context>
    <name>steward::ui::SetMaskRulesCommand</name>
    <message>
        <source>the project is no longer open</source>
        <translation>该项目已不再处于打开状态</translation>
    </message>
</context>
<context>
    <name>steward::ui::TrustedKeysDialog</name>
    <message>
        <source>Trust Key</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <source>Trust the key in %1 (fingerprint %2) for one role. Check the fingerprint with its owner by another way than the file.</source>
        <translation>将 %1 中的密钥（指纹 %2）信任为某一角色。请通过文件以外的其他途径与密钥所有者核对指纹。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation>添加密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Trusted Keys</source>
        <translation>受信任的密钥</translation>
    </message>
    <message>
        <source>Decisions and packages count only when signed by a key the project trusts for the signer&apos;s role.</source>
        <translation>只有由项目信任为签名人所属角色的密钥签名的决定和发布包才有效。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>The trusted keys cannot be read: %1</source>
        <translation>无法读取受信任的密钥：%1</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>选择公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>Trusted the key of %1 (fingerprint %2) as %3.</source>
        <translation>已将 %1 的密钥（指纹 %2）信任为%3。</translation>
    </message>
    <message>
        <source>Remove Trusted Key</source>
        <translation>移除受信任的密钥</translation>
    </message>
    <message>
        <source>No longer trust the key %1?</source>
        <translation>不再信任密钥 %1？</translation>
    </message>
    <message>
        <source>Decisions and packages it signs are no longer accepted; every role of the key is removed. The change is audited.</source>
        <translation>由其签名的决定和发布包将不再被接受；该密钥的所有角色都将被移除。此更改将记入审计日志。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未移除：%1</translation>
    </message>
    <message>
        <source>The key %1 is no longer trusted.</source>
        <translation>密钥 %1 已不再受信任。</translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkflowText</name>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>Passphrase (age)</source>
        <translation>口令（age）</translation>
    </message>
    <message>
        <source>Recipient&apos;s key (age)</source>
        <translation>接收方的密钥（age）</translation>
    </message>
</context>
</TS>
