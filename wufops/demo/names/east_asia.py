"""Name pools of East and South-East Asian scripts: Chinese (Hanzi, Hanyu Pinyin without
tones), Japanese (Kanji and kana, modified Hepburn with macrons), Korean (Hangul, the common
passport romanisation) and Thai (Royal Thai General System as people write their names).
"""

from __future__ import annotations

from wufops.demo.names import NamePool, pool

POOLS: tuple[NamePool, ...] = (
    pool(
        "zh",
        "zh",
        "Hani",
        male="伟=Wei; 强=Qiang; 磊=Lei; 军=Jun; 洋=Yang; 勇=Yong; 杰=Jie; 涛=Tao; 明=Ming; "
        "超=Chao; 刚=Gang; 建华=Jianhua; 志强=Zhiqiang; 浩然=Haoran",
        female="芳=Fang; 秀英=Xiuying; 敏=Min; 静=Jing; 丽=Li; 艳=Yan; 娟=Juan; 秀兰=Xiulan; "
        "霞=Xia; 平=Ping; 桂英=Guiying; 雪=Xue; 婷婷=Tingting; 欣怡=Xinyi",
        family="王=Wang; 李=Li; 张=Zhang; 刘=Liu; 陈=Chen; 杨=Yang; 赵=Zhao; 黄=Huang; "
        "周=Zhou; 吴=Wu; 徐=Xu; 孙=Sun; 胡=Hu; 朱=Zhu; 高=Gao; 林=Lin; 何=He; 郭=Guo; "
        "马=Ma; 罗=Luo; 欧阳=Ouyang; 司马=Sima",
    ),
    pool(
        "ja",
        "ja",
        "Jpan",
        male="翔太=Shōta; 大輔=Daisuke; 健太=Kenta; 拓也=Takuya; 直樹=Naoki; 浩=Hiroshi; "
        "誠=Makoto; 隆=Takashi; 蓮=Ren; 陽翔=Haruto; 一郎=Ichirō",
        female="陽子=Yōko; 恵子=Keiko; 裕子=Yūko; 直子=Naoko; 美咲=Misaki; さくら=Sakura; "
        "愛=Ai; 結衣=Yui; 真由美=Mayumi; 花子=Hanako; 由美=Yumi; エミ=Emi",
        family="佐藤=Satō; 鈴木=Suzuki; 高橋=Takahashi; 田中=Tanaka; 伊藤=Itō; "
        "渡辺=Watanabe; 山本=Yamamoto; 中村=Nakamura; 小林=Kobayashi; 加藤=Katō; "
        "吉田=Yoshida; 山田=Yamada; 佐々木=Sasaki; 山口=Yamaguchi; 松本=Matsumoto; "
        "井上=Inoue; 木村=Kimura; 林=Hayashi; 清水=Shimizu",
    ),
    pool(
        "ko",
        "ko",
        "Hang",
        male="민준=Min-jun; 서준=Seo-jun; 지훈=Ji-hoon; 현우=Hyun-woo; 준호=Jun-ho; "
        "성민=Sung-min; 동현=Dong-hyun; 재원=Jae-won",
        female="서연=Seo-yeon; 지은=Ji-eun; 민지=Min-ji; 수진=Su-jin; 지현=Ji-hyun; "
        "은지=Eun-ji; 하은=Ha-eun; 유진=Yu-jin",
        family="김=Kim; 이=Lee; 박=Park; 최=Choi; 정=Jung; 강=Kang; 조=Cho; 윤=Yoon; "
        "장=Jang; 임=Lim; 한=Han; 오=Oh; 서=Seo; 신=Shin; 권=Kwon; 황=Hwang; 안=Ahn; "
        "송=Song; 남궁=Namgung",
    ),
    pool(
        "th",
        "th",
        "Thai",
        male="สมชาย=Somchai; สมศักดิ์=Somsak; ประเสริฐ=Prasert; วิชัย=Wichai; "
        "สุรชัย=Surachai; ธนากร=Thanakorn; อนุชา=Anucha",
        female="สมหญิง=Somying; สุนีย์=Sunee; มาลี=Malee; นภา=Napha; กาญจนา=Kanchana; "
        "ปราณี=Pranee; สุดา=Suda",
        family="ศรีสุข=Srisuk; แซ่ตั้ง=Saetang; สุขสวัสดิ์=Suksawat; วงศ์สวัสดิ์=Wongsawat; "
        "ทองดี=Thongdee; บุญมา=Boonma; รัตนพันธ์=Rattanaphan; แก้วมณี=Kaewmanee",
    ),
)
