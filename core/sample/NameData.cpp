#include "core/sample/NameData.h"

namespace steward {

namespace {

constexpr SampleSurname kSurnames[] = {
    {u"王", 720}, {u"李", 710}, {u"张", 690}, {u"刘", 540}, {u"陈", 460}, {u"杨", 310},
    {u"黄", 230}, {u"赵", 220}, {u"吴", 200}, {u"周", 190}, {u"徐", 170}, {u"孙", 150},
    {u"马", 150}, {u"朱", 140}, {u"胡", 130}, {u"郭", 120}, {u"何", 120}, {u"高", 110},
    {u"林", 110}, {u"罗", 100}, {u"郑", 100}, {u"梁", 90}, {u"谢", 80}, {u"宋", 70},
    {u"唐", 70}, {u"许", 60}, {u"韩", 60}, {u"冯", 60}, {u"邓", 60}, {u"曹", 60},
    {u"彭", 50}, {u"曾", 50}, {u"肖", 50}, {u"田", 50}, {u"董", 50}, {u"袁", 40},
    {u"潘", 40}, {u"于", 40}, {u"蒋", 40}, {u"蔡", 40}, {u"余", 40}, {u"杜", 40},
    {u"叶", 40}, {u"程", 40}, {u"苏", 30}, {u"魏", 30}, {u"吕", 30}, {u"丁", 30},
    {u"任", 30}, {u"沈", 30}, {u"姚", 30}, {u"卢", 30}, {u"姜", 30}, {u"崔", 30},
    {u"钟", 30}, {u"谭", 30}, {u"陆", 30}, {u"汪", 30}, {u"范", 30}, {u"金", 30},
    {u"石", 30}, {u"廖", 30}, {u"贾", 20}, {u"夏", 20}, {u"韦", 20}, {u"付", 20},
    {u"方", 20}, {u"白", 20}, {u"邹", 20}, {u"孟", 20}, {u"熊", 20}, {u"秦", 20},
    {u"邱", 20}, {u"江", 20}, {u"尹", 20}, {u"薛", 20}, {u"闫", 20}, {u"段", 20},
    {u"雷", 20}, {u"侯", 20}, {u"龙", 20}, {u"史", 20}, {u"陶", 20}, {u"黎", 20},
    {u"贺", 20}, {u"顾", 20}, {u"毛", 20}, {u"郝", 20}, {u"龚", 20}, {u"邵", 20},
    {u"万", 20}, {u"钱", 20}, {u"严", 20}, {u"覃", 10}, {u"武", 10}, {u"戴", 10},
    {u"莫", 10}, {u"孔", 10}, {u"向", 10}, {u"汤", 10}, {u"褚", 5}, {u"楼", 5},
    {u"欧阳", 8}, {u"司马", 3}, {u"诸葛", 2}, {u"上官", 2}, {u"东方", 2}, {u"皇甫", 2},
    {u"慕容", 1}, {u"令狐", 1}, {u"司徒", 2}, {u"公孙", 1},
};

constexpr int weightTotal()
{
    int total = 0;
    for (const SampleSurname &s : kSurnames)
        total += s.weight;
    return total;
}

constexpr char16_t kMale[] = u"伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文"
                             u"海东成峰亮晨博子轩睿然哲新永春松德庆祥荣毅诚";
constexpr char16_t kFemale[] = u"芳娜敏静丽艳娟霞秀英燕玲桂兰红梅琳婷雪倩颖慧佳欣怡萍莉洁瑶璐晶妍蕾薇"
                               u"琪悦涵雯思梦雨晓彤馨月菲";

} // namespace

std::span<const SampleSurname> sampleSurnames()
{
    return kSurnames;
}

int sampleSurnameWeightTotal()
{
    static constexpr int kTotal = weightTotal();
    return kTotal;
}

std::span<const char16_t> sampleMaleGivenCharacters()
{
    return {kMale, std::size(kMale) - 1};
}

std::span<const char16_t> sampleFemaleGivenCharacters()
{
    return {kFemale, std::size(kFemale) - 1};
}

} // namespace steward
