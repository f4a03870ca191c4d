#include "core/sample/Icd10Data.h"

namespace steward {

namespace {

using L = SampleLab;

// Weights sum to about 1000; the highly sensitive codes (HIV, tuberculosis, sexually transmitted
// infections, viral hepatitis, mental disorders, abortive pregnancy, infertility, congenital) get
// about 5% of the admissions together, as in a general hospital.
constexpr SampleDiagnosis kDiagnoses[] = {
    {u"I10", u"原发性高血压", u"心血管内科", 45, 0, 35, 92, 7, 6000, L::Hemoglobin, false},
    {u"I25.1", u"动脉粥样硬化性心脏病", u"心血管内科", 40, 0, 45, 92, 8, 15000, L::Hemoglobin, false},
    {u"I21.9", u"急性心肌梗死", u"心血管内科", 18, 0, 38, 92, 10, 45000, L::WhiteCells, true},
    {u"I50.9", u"心力衰竭", u"心血管内科", 22, 0, 50, 96, 10, 14000, L::Creatinine, false},
    {u"I48.9", u"心房颤动", u"心血管内科", 16, 0, 45, 92, 7, 12000, L::Hemoglobin, false},
    {u"I63.9", u"脑梗死", u"神经内科", 45, 0, 45, 95, 12, 16000, L::Glucose, false},
    {u"I61.9", u"脑出血", u"神经外科", 12, 0, 40, 90, 18, 50000, L::WhiteCells, false},
    {u"G45.9", u"短暂性脑缺血发作", u"神经内科", 10, 0, 45, 90, 6, 7000, L::Glucose, false},
    {u"G40.9", u"癫痫", u"神经内科", 8, 0, 5, 75, 7, 8000, L::Hemoglobin, false},
    {u"J18.9", u"肺炎", u"呼吸内科", 50, 0, 1, 95, 9, 10000, L::WhiteCells, true},
    {u"J44.1", u"慢性阻塞性肺病伴有急性加重", u"呼吸内科", 28, 0, 50, 95, 10, 12000, L::WhiteCells, true},
    {u"J45.9", u"哮喘", u"呼吸内科", 8, 0, 6, 85, 6, 6000, L::WhiteCells, false},
    {u"J06.9", u"急性上呼吸道感染", u"儿科", 20, 0, 0, 12, 4, 3000, L::WhiteCells, true},
    {u"J21.9", u"急性细支气管炎", u"儿科", 10, 0, 0, 2, 6, 5000, L::WhiteCells, true},
    {u"A09.0", u"感染性腹泻", u"儿科", 10, 0, 0, 14, 4, 3500, L::WhiteCells, true},
    {u"E11.9", u"2型糖尿病", u"内分泌科", 38, 0, 30, 90, 9, 8000, L::Glucose, true},
    {u"E05.9", u"甲状腺功能亢进症", u"内分泌科", 8, 0, 18, 70, 7, 6000, L::Hemoglobin, false},
    {u"K35.8", u"急性阑尾炎", u"普外科", 24, 0, 8, 80, 5, 12000, L::WhiteCells, true},
    {u"K80.2", u"胆囊结石", u"肝胆外科", 24, 0, 25, 85, 6, 18000, L::WhiteCells, false},
    {u"K40.9", u"腹股沟疝", u"普外科", 14, 0, 1, 85, 4, 11000, L::Hemoglobin, false},
    {u"K29.7", u"胃炎", u"消化内科", 14, 0, 18, 85, 5, 5000, L::Hemoglobin, false},
    {u"K25.9", u"胃溃疡", u"消化内科", 10, 0, 20, 85, 7, 8000, L::Hemoglobin, false},
    {u"K92.2", u"胃肠道出血", u"消化内科", 10, 0, 25, 90, 8, 12000, L::Hemoglobin, true},
    {u"K74.6", u"肝硬化", u"消化内科", 9, 0, 35, 85, 12, 16000, L::Hemoglobin, true},
    {u"K85.9", u"急性胰腺炎", u"消化内科", 9, 0, 20, 80, 10, 20000, L::WhiteCells, true},
    {u"N18.5", u"慢性肾脏病5期", u"肾内科", 12, 0, 30, 90, 12, 20000, L::Creatinine, true},
    {u"N20.0", u"肾结石", u"泌尿外科", 14, 0, 20, 80, 5, 12000, L::Creatinine, false},
    {u"N40", u"前列腺增生", u"泌尿外科", 14, 'M', 50, 92, 7, 15000, L::Creatinine, false},
    {u"S72.0", u"股骨颈骨折", u"骨科", 15, 0, 60, 96, 14, 45000, L::Hemoglobin, true},
    {u"S82.2", u"胫骨骨干骨折", u"骨科", 10, 0, 15, 75, 12, 30000, L::Hemoglobin, false},
    {u"S06.0", u"脑震荡", u"神经外科", 8, 0, 5, 80, 5, 6000, L::Hemoglobin, false},
    {u"M17.9", u"膝关节骨关节炎", u"骨科", 12, 0, 50, 90, 9, 40000, L::Hemoglobin, false},
    {u"M51.2", u"腰椎间盘突出症", u"骨科", 15, 0, 25, 80, 8, 25000, L::Hemoglobin, false},
    {u"C34.9", u"肺恶性肿瘤", u"肿瘤科", 20, 0, 40, 90, 12, 35000, L::Hemoglobin, true},
    {u"C16.9", u"胃恶性肿瘤", u"胃肠外科", 12, 0, 40, 88, 15, 50000, L::Hemoglobin, true},
    {u"C18.9", u"结肠恶性肿瘤", u"胃肠外科", 10, 0, 40, 88, 14, 48000, L::Hemoglobin, true},
    {u"C50.9", u"乳房恶性肿瘤", u"乳腺外科", 12, 'F', 28, 82, 10, 35000, L::Hemoglobin, false},
    {u"C22.0", u"肝细胞癌", u"肝胆外科", 8, 0, 35, 85, 14, 45000, L::Hemoglobin, true},
    {u"Z51.1", u"为肿瘤化学治疗疗程", u"肿瘤科", 30, 0, 30, 85, 4, 9000, L::WhiteCells, true},
    {u"D64.9", u"贫血", u"血液科", 10, 0, 5, 92, 8, 7000, L::Hemoglobin, true},
    {u"H25.9", u"老年性白内障", u"眼科", 25, 0, 55, 95, 3, 7000, L::Glucose, false},
    {u"H33.0", u"视网膜脱离", u"眼科", 5, 0, 20, 80, 7, 15000, L::Glucose, false},
    {u"O80", u"单胎顺产", u"产科", 30, 'F', 20, 42, 3, 5000, L::Hemoglobin, false},
    {u"O82", u"经剖宫产术的单胎分娩", u"产科", 25, 'F', 20, 45, 5, 10000, L::Hemoglobin, false},
    {u"N83.2", u"卵巢囊肿", u"妇科", 10, 'F', 18, 60, 5, 12000, L::Hemoglobin, false},
    {u"D25.9", u"子宫平滑肌瘤", u"妇科", 12, 'F', 30, 60, 7, 18000, L::Hemoglobin, false},
    {u"R50.9", u"发热", u"感染科", 8, 0, 1, 90, 5, 5000, L::WhiteCells, true},
    {u"I83.9", u"下肢静脉曲张", u"血管外科", 8, 0, 35, 85, 5, 14000, L::Hemoglobin, false},
    {u"L03.1", u"四肢蜂窝织炎", u"皮肤科", 5, 0, 10, 85, 8, 6000, L::WhiteCells, true},
    // Highly sensitive (grade 5).
    {u"B20.6", u"HIV病造成的肺孢子菌肺炎", u"感染科", 2, 0, 18, 75, 18, 30000, L::HivAntibody, true},
    {u"B24", u"人类免疫缺陷病毒[HIV]病", u"感染科", 2, 0, 18, 80, 12, 20000, L::HivAntibody, true},
    {u"Z21", u"无症状的人类免疫缺陷病毒[HIV]感染状态", u"感染科", 1, 0, 18, 80, 4, 5000, L::HivAntibody, true},
    {u"A15.0", u"肺结核，经显微镜下痰检查证实", u"感染科", 3, 0, 15, 88, 20, 18000, L::WhiteCells, false},
    {u"A16.2", u"肺结核", u"感染科", 3, 0, 15, 88, 18, 15000, L::WhiteCells, false},
    {u"A53.9", u"梅毒", u"皮肤性病科", 2, 0, 18, 80, 7, 5000, L::Syphilis, true},
    {u"A51.0", u"原发性生殖器梅毒", u"皮肤性病科", 1, 0, 18, 65, 6, 4000, L::Syphilis, true},
    {u"A54.9", u"淋球菌感染", u"皮肤性病科", 1, 0, 18, 65, 5, 3000, L::WhiteCells, true},
    {u"B18.1", u"慢性乙型病毒性肝炎", u"感染科", 6, 0, 18, 80, 10, 9000, L::HbsAg, true},
    {u"B18.2", u"慢性丙型病毒性肝炎", u"感染科", 2, 0, 18, 80, 10, 12000, L::HcvAntibody, true},
    {u"F20.9", u"精神分裂症", u"精神科", 4, 0, 16, 72, 30, 15000, L::Hemoglobin, false},
    {u"F32.9", u"抑郁发作", u"精神科", 4, 0, 13, 85, 21, 12000, L::Hemoglobin, false},
    {u"F31.9", u"双相情感障碍", u"精神科", 2, 0, 16, 75, 25, 14000, L::Hemoglobin, false},
    {u"F10.2", u"酒精依赖综合征", u"精神科", 2, 0, 25, 75, 20, 11000, L::Hemoglobin, false},
    {u"F03", u"痴呆", u"老年医学科", 2, 0, 65, 96, 14, 10000, L::Hemoglobin, false},
    {u"O03.9", u"自然流产", u"妇科", 3, 'F', 18, 45, 3, 3000, L::Hcg, true},
    {u"O04.9", u"医疗性流产", u"妇科", 2, 'F', 16, 45, 2, 2500, L::Hcg, true},
    {u"O00.1", u"输卵管妊娠", u"妇科", 2, 'F', 18, 45, 5, 9000, L::Hcg, true},
    {u"N97.9", u"女性不孕症", u"生殖医学科", 2, 'F', 22, 45, 3, 8000, L::Hemoglobin, false},
    {u"Q21.1", u"房间隔缺损", u"心胸外科", 2, 0, 0, 30, 10, 40000, L::Hemoglobin, false},
    {u"Q90.9", u"唐氏综合征", u"儿科", 1, 0, 0, 14, 7, 6000, L::Hemoglobin, false},
    {u"Q35.9", u"腭裂", u"口腔颌面外科", 1, 0, 0, 10, 7, 15000, L::Hemoglobin, false},
};

constexpr int weightTotal()
{
    int total = 0;
    for (const SampleDiagnosis &d : kDiagnoses)
        total += d.weight;
    return total;
}

} // namespace

std::span<const SampleDiagnosis> sampleDiagnoses()
{
    return kDiagnoses;
}

int sampleDiagnosisWeightTotal()
{
    static constexpr int kTotal = weightTotal();
    return kTotal;
}

} // namespace steward
