#!/usr/bin/env python3
"""Writes sentiment_en.tsv and sentiment_zh.tsv, the bundled labelled sentences (README.md in
this folder): every sentence is a subject and a verdict written for RNN Lab (CC0), 150 positive
and 150 negative per language, drawn and mixed with a fixed seed. Run it from this folder; the
same files come out every time.

A verdict is positive or negative whatever its subject, so the label is the verdict's; a few
verdicts say it with a negation ("was not bad at all", "不算差"), which a model reading
characters has to learn beyond single words.
"""
import random

SEED = 19
PER_CLASS = 150

EN_SUBJECTS = [
    "The film", "This soup", "The weather today", "Our hotel room", "The new phone",
    "My train ride", "The concert", "This book", "The service", "The coffee",
    "The museum visit", "Her new song", "The bike tour", "The pizza", "The last episode",
    "The lesson", "This game", "The beach", "The market", "The bus to town",
    "The garden", "Our picnic", "The new app", "The play", "The bakery",
    "The walk in the hills", "This laptop", "The dinner", "My first week at work", "The festival",
]
EN_POSITIVE = [
    "was wonderful.", "made me smile.", "is really good.", "was a delight from start to end.",
    "was better than I hoped.", "is great value.", "made my day.", "was lovely.",
    "is just perfect.", "was a pleasure.", "was fun for all of us.", "is worth every penny.",
    "left me happy.", "was excellent.", "is so beautiful.", "was not bad at all.",
    "was friendly and warm.", "works like a charm.", "felt calm and pleasant.",
    "is the best I have had.", "was amazing!", "was worth the trip.",
]
EN_NEGATIVE = [
    "was awful.", "made me angry.", "is a waste of money.", "was boring from start to end.",
    "was worse than I feared.", "is far too expensive.", "ruined my day.", "was terrible.",
    "is just broken.", "was a pain.", "was dull for all of us.", "is not worth it.",
    "left me sad.", "was dreadful.", "is so ugly.", "was not good at all.",
    "was rude and cold.", "never works.", "felt loud and unpleasant.",
    "is the worst I have had.", "was a disaster!", "wasted my evening.",
]

ZH_SUBJECTS = [
    "这部电影", "这碗汤", "今天的天气", "我们的酒店房间", "新手机", "这次坐火车", "这场音乐会",
    "这本书", "这里的服务", "这杯咖啡", "参观博物馆", "她的新歌", "骑车旅行", "这个比萨饼",
    "最后一集", "这节课", "这个游戏", "海边", "这个市场", "去城里的公交车", "这个花园",
    "我们的野餐", "这个新应用", "这出戏", "这家面包店", "山里散步", "这台笔记本电脑", "这顿晚饭",
    "我上班的第一周", "这个节日",
]
ZH_POSITIVE = [
    "真不错。", "让我很开心。", "非常好。", "从头到尾都很愉快。", "比我想的还要好。", "很划算。",
    "让我高兴了一整天。", "太美了。", "简直完美。", "是一种享受。", "大家都玩得很开心。",
    "值得推荐。", "让我心情很好。", "好极了。", "我很喜欢。", "一点也不差。", "又热情又周到。",
    "用起来很顺手。", "让人觉得很舒服。", "是我遇到过最好的。", "太棒了！", "令人难忘。",
]
ZH_NEGATIVE = [
    "太差了。", "让我很生气。", "白花钱了。", "从头到尾都很无聊。", "比我想的还要糟。", "太贵了。",
    "毁了我的一天。", "糟透了。", "根本不能用。", "真让人头疼。", "大家都觉得没意思。",
    "不值得。", "让我很难过。", "差劲极了。", "我一点也不喜欢。", "一点也不好。", "又冷淡又粗鲁。",
    "总是出问题。", "让人觉得很难受。", "是我遇到过最差的。", "真是一场灾难！", "令人失望。",
]


def sentences(subjects, positive, negative, join, rng):
    def draw(verdicts, label):
        pairs = [(s, v) for s in subjects for v in verdicts]
        return [(label, join(s, v)) for s, v in rng.sample(pairs, PER_CLASS)]

    lines = draw(positive, "pos") + draw(negative, "neg")
    rng.shuffle(lines)
    return lines


def write(name, lines):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        for label, text in lines:
            f.write(f"{label}\t{text}\n")


def main():
    rng = random.Random(SEED)
    write("sentiment_en.tsv", sentences(EN_SUBJECTS, EN_POSITIVE, EN_NEGATIVE,
                                        lambda s, v: f"{s} {v}", rng))
    write("sentiment_zh.tsv", sentences(ZH_SUBJECTS, ZH_POSITIVE, ZH_NEGATIVE,
                                        lambda s, v: s + v, rng))


if __name__ == "__main__":
    main()
