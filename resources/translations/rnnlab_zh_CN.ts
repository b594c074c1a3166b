<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/plot/figure_commands.cpp" line="+61"/>
        <source>No CSV: a picture has no data</source>
        <translation>无 CSV：图片没有数据</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/input_sketch.cpp" line="+37"/>
        <source>type at least one number</source>
        <translation>请至少输入一个数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>step %1 has %2 number(s), expected %3</source>
        <translation>第 %1 步有 %2 个数，应为 %3 个</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 numbers do not make whole steps of %2 features; separate the steps with &apos;;&apos;</source>
        <translation>%1 个数不能凑成每步 %2 个特征的完整时间步；请用“;”分隔各步</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a sequence has 1 to %1 steps, this one %2</source>
        <translation>一个序列有 1 到 %1 步，这个序列有 %2 步</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/step_detail_panel.cpp" line="+52"/>
        <source>Backward pass (BPTT)</source>
        <translation>反向传播（BPTT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../../ui/explorer/trace_heatmaps.cpp" line="+23"/>
        <source>Input gate %1</source>
        <translation>输入门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget gate %1</source>
        <translation>遗忘门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output gate %1</source>
        <translation>输出门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset gate %1</source>
        <translation>重置门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update gate %1</source>
        <translation>更新门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate %1</source>
        <translation>候选值 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (layer %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden state h%1</source>
        <translation>隐藏状态 h%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell state c%1</source>
        <translation>细胞状态 c%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>|dL/dh%1| (log scale)</source>
        <translation>|dL/dh%1|（对数坐标）</translation>
    </message>
    <message>
        <location filename="../../ui/gradients/gradient_profile_view.cpp" line="+26"/>
        <source>×%1 per step back</source>
        <translation>每向前一步 ×%1</translation>
    </message>
    <message>
        <location filename="../../ui/network_diagram.cpp" line="+20"/>
        <source>unit</source>
        <translation>个单元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>个单元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · gates i f g o</source>
        <translation> · 门 i f g o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · gates r z n</source>
        <translation> · 门 r z n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 layer %2</source>
        <translation>%1 第 %2 层</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>symbol</source>
        <translation>个符号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>symbols</source>
        <translation>个符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input sₜ</source>
        <translation>输入 sₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → embedding of %2</source>
        <translation>%1 → %2 维嵌入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, one-hot</source>
        <translation>%1，独热</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input xₜ</source>
        <translation>输入 xₜ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature</source>
        <translation>个特征</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>features</source>
        <translation>个特征</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more layer</source>
        <translation>层未画出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more layers</source>
        <translation>层未画出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear head</source>
        <translation>线性输出层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MSE loss</source>
        <translation>MSE 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy, </source>
        <translation>交叉熵，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>个类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classes</source>
        <translation>个类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output ŷ</source>
        <translation>输出 ŷ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 trainable parameters</source>
        <translation>%1 个可训练参数</translation>
    </message>
    <message>
        <location filename="../../ui/panels/csv_import_dialog.cpp" line="+34"/>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space-separated</source>
        <translation>空格分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delimited</source>
        <translation>分隔符分隔</translation>
    </message>
    <message>
        <location filename="../../ui/plot/figure_commands.cpp" line="-41"/>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as %1…</source>
        <translation>导出为 %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+68"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export all figures</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window shows no figures yet.</source>
        <translation>此窗口还没有显示任何图表。</translation>
    </message>
    <message>
        <location filename="../../ui/plot/figure_export.cpp" line="+69"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <location filename="../../ui/session/training_session.cpp" line="+140"/>
        <source>unexpected error in the training thread</source>
        <translation>训练线程中出现意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/views/metrics_panel.cpp" line="+28"/>
        <source>accuracy %1 %</source>
        <translation>准确率 %1 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2&#xa0;bits/char</source>
        <translation>%1，%2&#xa0;比特/字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RMSE&#xa0;%1, MAE&#xa0;%2</source>
        <translation>RMSE %1，MAE %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>persistence (next = last)</source>
        <translation>持续预测（下一个 = 最后一个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seasonal naive (%1, %2)</source>
        <translation>季节性朴素预测（%1，%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training mean</source>
        <translation>训练集均值</translation>
    </message>
    <message>
        <location filename="../../ui/views/row_axis.cpp" line="+12"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/views/sequence_prediction_plot.cpp" line="+65"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../ui/window/launch_options.cpp" line="+46"/>
        <source>Show the view NAME.</source>
        <translation>显示名为 NAME 的视图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train N steps once the file or lesson is open, the comparison&apos;s runs too (before the screenshot).</source>
        <translation>文件或课程打开后训练 N 步，对比视图中的各次运行也一样（在截图之前）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Save the whole window as a PNG once it is laid out, then exit.</source>
        <translation>窗口布局完成后把整个窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT.png</source>
        <translation>OUT.png</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the view as shown (View &gt; Snapshot of the View: PNG at 2x, SVG or PDF by the suffix) once it is laid out, then exit.</source>
        <translation>窗口布局完成后按所见保存视图（视图 &gt; 视图快照：2 倍 PNG、SVG 或 PDF，由后缀决定），然后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.png|svg|pdf</source>
        <translation>OUT.png|svg|pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--snapshot: write the experiment, step, seed and settings under it.</source>
        <translation>--snapshot：在快照下方写上实验、训练步、随机种子和设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size in pixels (default for screenshots: 1920x1080).</source>
        <translation>窗口大小，单位为像素（截图默认 1920x1080）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in presentation mode (projector).</source>
        <translation>以演示模式启动（投影仪）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the dark theme.</source>
        <translation>使用深色主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the window in LANG: en or zh_CN (default: as chosen in View &gt; Language, else the system&apos;s language; pictures: the system&apos;s).</source>
        <translation>以 LANG 语言显示窗口：en 或 zh_CN（默认：视图 &gt; 语言中的选择，否则为系统语言；截图：系统语言）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure start-up, redraw times and event-loop latency while a network trains (default LSTM H=128 L=2 T=200 B=32; the flags below change it), and the training speed beside the engine&apos;s; print the report and exit.</source>
        <translation>在网络训练时测量启动时间、重绘时间和事件循环延迟（默认 LSTM H=128 L=2 T=200 B=32；下面的选项可更改），并与引擎的训练速度对比；打印报告后退出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train the network below in the window, every view live, at full speed; print one JSON line with steps_per_s (the keys of `rnnlab-cli bench`) and exit.</source>
        <translation>在窗口中全速训练下面的网络，所有视图实时更新；打印一行包含 steps_per_s 的 JSON（键与 `rnnlab-cli bench` 相同）后退出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bench-train, --bench-ui: rnn, lstm or gru (default lstm).</source>
        <translation>--bench-train、--bench-ui：rnn、lstm 或 gru（默认 lstm）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bench-train: hidden units (default 64; --bench-ui 128).</source>
        <translation>--bench-train：隐藏单元数（默认 64；--bench-ui 为 128）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bench-train: layers (default 1; --bench-ui 2).</source>
        <translation>--bench-train：层数（默认 1；--bench-ui 为 2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bench-train: window length (default 100; --bench-ui 200).</source>
        <translation>--bench-train：窗口长度（默认 100；--bench-ui 为 200）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bench-train, --bench-ui: batch size (default 32).</source>
        <translation>--bench-train、--bench-ui：批大小（默认 32）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bench-train: timed steps (default 3000 below H = 64, 300 below H = 256, 100 from there; --bench-ui: of the training comparison, 30).</source>
        <translation>--bench-train：计时的训练步数（H &lt; 64 时默认 3000，H &lt; 256 时 300，更大时 100；--bench-ui：训练对比的步数，30）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RNN Lab: train RNN, LSTM and GRU networks and look inside them.</source>
        <translation>RNN Lab：训练 RNN、LSTM 和 GRU 网络，并看清它们的内部。</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>%1: expected a .rnnlab.json experiment, a .csv series, a .txt text or .tsv labelled sentences</source>
        <translation>%1：应为 .rnnlab.json 实验、.csv 序列、.txt 文本或 .tsv 带标签句子</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1：“%2”不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 goes with --bench-train or --bench-ui only</source>
        <translation>--%1 只能与 --bench-train 或 --bench-ui 一起使用</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>expected at most one FILE, got %1: %2</source>
        <translation>最多只能给一个 FILE，却给了 %1 个：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a lesson, and --lesson names another: give one</source>
        <translation>%1 是一个课程，而 --lesson 指定了另一个：只能给一个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--train-steps: &apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation>--train-steps：“%1”不是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--screenshot: &apos;%1&apos; must end in .png</source>
        <translation>--screenshot：“%1”必须以 .png 结尾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--snapshot: &apos;%1&apos; must end in .png, .svg or .pdf</source>
        <translation>--snapshot：“%1”必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--caption goes with --snapshot only</source>
        <translation>--caption 只能与 --snapshot 一起使用</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>--size: &apos;%1&apos; is not WIDTHxHEIGHT (for example 1920x1080)</source>
        <translation>--size：“%1”不是 宽x高 的形式（例如 1920x1080）</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Open and start the bundled lesson NAME (hidden-state, vanishing-gradient, ...: the Lessons menu&apos;s, an unknown name lists them), or the lesson in the file FILE.lesson.json.</source>
        <translation>打开并开始名为 NAME 的自带课程（hidden-state、vanishing-gradient……即“课程”菜单中的课程，未知的名称会列出全部），或文件 FILE.lesson.json 中的课程。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A *.rnnlab.json experiment, a *.csv series, a *.txt text (a character model) or *.tsv labelled sentences.</source>
        <translation>*.rnnlab.json 实验、*.csv 序列、*.txt 文本（字符模型）或 *.tsv 带标签句子。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>--size: %1x%2 is outside %3x%4 .. %5x%6</source>
        <translation>--size：%1x%2 超出了 %3x%4 .. %5x%6 的范围</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>--language: &apos;%1&apos; is not one of %2</source>
        <translation>--language：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--view: unknown view &apos;%1&apos; (expected one of: %2)</source>
        <translation>--view：未知视图“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a lesson opens with --lesson %1</source>
        <translation>%1：课程请用 --lesson %1 打开</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window_actions.cpp" line="+29"/>
        <source>&amp;Snapshot of the View…</source>
        <translation>视图快照(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the view as shown, annotations included, as PNG (2×), SVG or PDF, and copy it to the clipboard</source>
        <translation>按所见保存视图（含标注），格式为 PNG（2 倍）、SVG 或 PDF，并复制到剪贴板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption &amp;Under Snapshots</source>
        <translation>在快照下方加说明(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the experiment, step, seed and settings under each snapshot</source>
        <translation>在每张快照下方写上实验、训练步、随机种子和设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Draw on the View</source>
        <translation>在视图上绘图(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw with the chosen tool over the view (D again stops)</source>
        <translation>用所选工具在视图上绘图（再按 D 停止）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pen</source>
        <translation>画笔(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw freehand</source>
        <translation>自由绘制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrow</source>
        <translation>箭头(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag from the tail to the tip</source>
        <translation>从箭尾拖到箭头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight Box</source>
        <translation>高亮框(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a box over what matters</source>
        <translation>拖出一个框，圈出重点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text</source>
        <translation>文字(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click and type; Enter or Esc ends the text</source>
        <translation>单击后输入；按 Enter 或 Esc 结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Drawings</source>
        <translation>清除绘图(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove everything drawn on the view</source>
        <translation>清除视图上绘制的所有内容</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New Experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new experiment</source>
        <translation>开始一个新实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV series or an .rnnlab.json experiment</source>
        <translation>打开 CSV 序列或 .rnnlab.json 实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the experiment under a new name</source>
        <translation>以新名称保存实验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the current figure as PNG, PDF, SVG or CSV</source>
        <translation>将当前图表导出为 PNG、PDF、SVG 或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All Figures…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export every figure into a folder</source>
        <translation>将所有图表导出到一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit RNN Lab</source>
        <translation>退出 RNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change to the experiment</source>
        <translation>撤销对实验的上一次更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo the change just undone</source>
        <translation>重做刚刚撤销的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Figure</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current figure to the clipboard as an image</source>
        <translation>将当前图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the light and the dark theme</source>
        <translation>在浅色和深色主题之间切换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, large fonts, panels hidden (Esc leaves)</source>
        <translation>全屏、大字体、隐藏面板（按 Esc 退出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Play</source>
        <translation>开始(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run one training step</source>
        <translation>执行一个训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare RNN, LSTM and GRU</source>
        <translation>对比 RNN、LSTM 和 GRU(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the three cells side by side on this data with this seed, in the Compare view</source>
        <translation>用同样的数据和随机种子并排训练三种单元，在“对比”视图中查看</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user manual, with every view, file format and command</source>
        <translation>用户手册，包含每个视图、文件格式和命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words and symbols of the views and lessons</source>
        <translation>视图和课程中用到的术语与符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click any part of the window to have it explained</source>
        <translation>点击窗口的任意部分，查看它的说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About RNN Lab</source>
        <translation>关于 RNN Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../ui/experiment/run_builder.cpp" line="+45"/>
        <source>the data is too large for this machine&apos;s memory</source>
        <translation>数据太大，超出了本机内存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the network is too large for this machine&apos;s memory</source>
        <translation>网络太大，超出了本机内存</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the experiment is too large for this machine&apos;s memory</source>
        <translation>%1：实验太大，超出了本机内存</translation>
    </message>
    <message>
        <location filename="../../ui/headless/train_benchmark.cpp" line="+94"/>
        <source>the run stopped after %1 of the %2 steps</source>
        <translation>运行在 %2 步中的第 %1 步后停止了</translation>
    </message>
    <message>
        <location filename="../../ui/window/training_progress.cpp" line="+17"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/window/unsaved_changes.cpp" line="+9"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before %2?</source>
        <translation>在%2之前保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run is replaced. Edit → Undo brings it back as long as this window is open; save it to keep it for later.</source>
        <translation>当前运行将被替换。只要此窗口未关闭，编辑 → 撤销即可恢复它；若要以后使用，请保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network, the settings and the training so far are lost if you don&apos;t save them.</source>
        <translation>如果不保存，网络、设置和目前的训练结果都会丢失。</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <location filename="../../ui/help/whats_this.cpp" line="+22"/>
        <source>&lt;b&gt;Network&lt;/b&gt;: the network and how it trains. The cell (RNN, LSTM or GRU), layers and hidden units, the output and the loss, the window, the optimizer and its learning rate, clipping, the initialisation, batch size, epochs and seed. Settings that keep the weights (learning rate, clipping, batch size, ...) reach the running training at its next step; the others start a fresh run on the same data. The drawing at the foot shows the network&apos;s shape and counts its parameters.</source>
        <translation>&lt;b&gt;网络&lt;/b&gt;：网络及其训练方式。单元（RNN、LSTM 或 GRU）、层数和隐藏单元数、输出和损失、窗口、优化器及其学习率、梯度裁剪、初始化、批大小、轮数和随机种子。不改变权重的设置（学习率、裁剪、批大小……）在下一步就作用于正在进行的训练；其他设置会在同样的数据上开始一次新的运行。底部的图画出网络的形状并统计它的参数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Data&lt;/b&gt;: what the network learns from. A generator, a bundled dataset, a symbol task, a text for a character model, labelled sentences, or a file of your own (Load File, or drop it on the window: .csv a series, .txt a text, .tsv labelled sentences). The summary says which column is the target and which are inputs, and why (for a text: its characters and the bits per character a model without context needs), and how many windows the training, validation and test parts hold; it warns in bold when a part has too few to mean anything. Normalisation and the split are chosen here too.</source>
        <translation>&lt;b&gt;数据&lt;/b&gt;：网络从中学习的内容。生成器、内置数据集、符号任务、字符模型的文本、带标签的句子，或你自己的文件（加载文件，或拖到窗口上：.csv 是序列，.txt 是文本，.tsv 是带标签的句子）。摘要说明哪一列是目标、哪些是输入以及原因（对文本：它的字符数，以及不知道上下文的模型每个字符需要多少比特），以及训练、验证和测试部分各有多少个窗口；当某部分太少而没有意义时会用粗体警告。归一化和划分也在这里选择。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Lesson&lt;/b&gt;: the open lesson&apos;s goal and its steps, what to press, what to look at and what to conclude. Back and Next (or Page Up and Page Down) move through the steps and show the view each step talks about. The guide says when the experiment is no longer the lesson&apos;s.</source>
        <translation>&lt;b&gt;课程&lt;/b&gt;：打开的课程的目标和步骤：按什么、看什么、得出什么结论。“后退”和“下一步”（或 Page Up 和 Page Down）在各步之间移动，并显示每一步讲到的视图。当实验不再是课程的实验时，向导会说明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Quiz&lt;/b&gt;: a question about the run on screen. Choose an answer, type a number, or click a time step or a unit, then press Answer. The right answer is computed from the run, not written in the lesson, so it follows the seed and your changes. Teacher mode, at the foot of the guide, shows every answer at once.</source>
        <translation>&lt;b&gt;测验&lt;/b&gt;：一道关于屏幕上这次运行的问题。选择一个答案、输入一个数，或点击一个时间步或一个单元，然后按“回答”。正确答案由运行算出，而不是写在课程里，所以它随随机种子和你的改动而变。向导底部的教师模式会一次显示所有答案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Lesson caption&lt;/b&gt;: the lesson&apos;s current step in presentation mode, for the projector. Page Down and Page Up (what a presenter&apos;s clicker sends) move through the steps.</source>
        <translation>&lt;b&gt;课程字幕&lt;/b&gt;：演示模式下课程的当前一步，供投影使用。Page Down 和 Page Up（演示翻页笔发送的按键）在各步之间移动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Training&lt;/b&gt;: the loss as training goes (the training loss at every step, the validation loss at every epoch), the network&apos;s prediction against the data in the data&apos;s units (one step ahead and free-running, with simple baselines dashed), and the metrics. Separate sequences show target against prediction, and classes the confusion matrix and the accuracy.</source>
        <translation>&lt;b&gt;训练&lt;/b&gt;：训练过程中的损失（每一步的训练损失、每一轮的验证损失）、网络的预测与数据的对比（以数据的单位，单步预测和自由运行预测，简单基线用虚线表示），以及各项指标。独立的序列显示目标与预测的对比，分类任务则显示混淆矩阵和准确率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Metrics&lt;/b&gt;: how well the newest weights do on each part of the data, in the data&apos;s units; the free-running error (the network fed its own predictions); the baselines it should beat; and the training speed in steps per second. A value from an older epoch is marked (ep N).</source>
        <translation>&lt;b&gt;指标&lt;/b&gt;：最新的权重在数据各部分上的表现，以数据的单位表示；自由运行误差（把网络自己的预测喂回给它）；网络应该胜过的基线；以及每秒训练步数。来自较早一轮的值标有 (ep N)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Diverged&lt;/b&gt;: the loss became infinite or not a number, so the weights of the last sound step were restored. The button lowers the learning rate ten-fold and goes on from the weights with the lowest loss so far; if the run diverges again, it offers the next step.</source>
        <translation>&lt;b&gt;已发散&lt;/b&gt;：损失变成了无穷大或非数，因此恢复了最后一个正常步的权重。按钮把学习率降为十分之一，并从迄今损失最低的权重继续；如果运行再次发散，它会给出下一步的建议。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Data view&lt;/b&gt;: the whole series with its training, validation and test parts shaded, and one example window highlighted: the values the network reads and the value it must predict.</source>
        <translation>&lt;b&gt;数据视图&lt;/b&gt;：整个序列，训练、验证和测试部分用阴影标出，并突出显示一个示例窗口：网络读入的值和它必须预测的值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Explorer&lt;/b&gt;: one sequence through the network, unrolled in time, every number visible. The time cursor (the bar at the bottom, Left and Right, or a click) chooses a step; the forward sweep fills the states in from t = 1, the backward sweep carries the gradient back from the loss. The sequence picker chooses the traced sequence, any window, or your own input.</source>
        <translation>&lt;b&gt;探索器&lt;/b&gt;：一个序列经过网络，按时间展开，每个数都可见。时间光标（底部的滑条、左右方向键或点击）选择一步；前向扫描从 t = 1 起填入各状态，反向扫描把梯度从损失传回。序列选择器选择被追踪的序列、任意窗口或你自己的输入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Unrolled network&lt;/b&gt;: one box per layer and time step, coloured by the size of its state; x&lt;sub&gt;t&lt;/sub&gt; below, the prediction above, h (and c) carried to the next step. In the backward direction the arrows carry ‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖ on a log scale. A click on a box moves the time cursor there; the wheel with Ctrl zooms, dragging pans, the right button exports.</source>
        <translation>&lt;b&gt;展开的网络&lt;/b&gt;：每层每个时间步一个方框，颜色表示其状态的大小；x&lt;sub&gt;t&lt;/sub&gt; 在下方，预测在上方，h（和 c）传到下一步。在反向方向上，箭头以对数刻度表示 ‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖。点击方框把时间光标移到那里；按住 Ctrl 滚动滚轮缩放，拖动平移，右键导出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Step detail&lt;/b&gt;: the cell&apos;s equations at the chosen step, layer and unit with the numbers put in (f = σ(−0.227) = 0.444), bars of every gate across the units, and how h (and c) change from t−1 to t. In the backward direction, dL/dh&lt;sub&gt;t&lt;/sub&gt; and dL/dc&lt;sub&gt;t&lt;/sub&gt;.</source>
        <translation>&lt;b&gt;单步详情&lt;/b&gt;：所选时间步、层和单元处的单元方程，代入了实际数值（f = σ(−0.227) = 0.444），各单元上每个门的柱状图，以及 h（和 c）从 t−1 到 t 的变化。在反向方向上显示 dL/dh&lt;sub&gt;t&lt;/sub&gt; 和 dL/dc&lt;sub&gt;t&lt;/sub&gt;。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Heat maps&lt;/b&gt;: units down, time steps across, for h, c, every gate and |dL/dh&lt;sub&gt;t&lt;/sub&gt;| of each unit (on a log colour scale). They share the time cursor; a click moves it.</source>
        <translation>&lt;b&gt;热力图&lt;/b&gt;：纵向为单元，横向为时间步，显示 h、c、每个门，以及每个单元的 |dL/dh&lt;sub&gt;t&lt;/sub&gt;|（对数颜色刻度）。它们共享时间光标；点击即可移动它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Gradients&lt;/b&gt;: whether the gradient reaches the early time steps, and what to do when it does not. Four pages (Through time, Jacobians, Norms &amp; clipping, Gradient check), badges that light up when gradients vanish or explode, and remedies that change one thing with one click.</source>
        <translation>&lt;b&gt;梯度&lt;/b&gt;：梯度能否到达早先的时间步，以及到达不了时该怎么办。四个页面（随时间、雅可比矩阵、范数与裁剪、梯度检验），梯度消失或爆炸时亮起的标记，以及一键只改变一处的补救措施。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Through time&lt;/b&gt;: ‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖, the size of the loss&apos;s gradient with respect to the hidden state at each step t, on a log scale, one curve per layer, earlier curves fading. A curve falling towards t = 1 means the gradient vanishes going back in time. The heat map shows how the curve changed over training.</source>
        <translation>&lt;b&gt;随时间&lt;/b&gt;：‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖，即损失对每一步 t 的隐藏状态的梯度大小，对数刻度，每层一条曲线，较早的曲线逐渐变淡。曲线朝 t = 1 下降，说明梯度在时间上往回传时消失了。热力图显示这条曲线在训练中如何变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Jacobians&lt;/b&gt;: ‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖, how strongly the last state depends on the state at step t, and the spectral radius and largest singular value of each recurrent weight matrix W&lt;sub&gt;hh&lt;/sub&gt; over training, with the line at 1: above it the gradient tends to grow going back in time, below it to shrink.</source>
        <translation>&lt;b&gt;雅可比矩阵&lt;/b&gt;：‖∂h&lt;sub&gt;T&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖，即最后的状态在多大程度上依赖第 t 步的状态；以及训练过程中每个循环权重矩阵 W&lt;sub&gt;hh&lt;/sub&gt; 的谱半径和最大奇异值，并画出 1 这条线：高于它，梯度往回传时倾向于变大；低于它，则倾向于变小。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Norms &amp; clipping&lt;/b&gt;: the gradient norm of every parameter over training, and the total norm before and after clipping, with the threshold drawn and the clipped steps marked.</source>
        <translation>&lt;b&gt;范数与裁剪&lt;/b&gt;：训练过程中每个参数的梯度范数，以及裁剪前后的总范数，画出了阈值并标出了被裁剪的步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Gradient check&lt;/b&gt;: for a few random weights, the gradient that backpropagation through time computed beside a finite-difference estimate (how the loss changes when the weight is nudged), and their relative error. Small errors mean the gradients the views show are right.</source>
        <translation>&lt;b&gt;梯度检验&lt;/b&gt;：对几个随机权重，把随时间反向传播算出的梯度与有限差分估计（轻推该权重时损失如何变化）并列，并给出它们的相对误差。误差小说明视图显示的梯度是对的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Badges&lt;/b&gt;: light up when the gradient vanishes (‖dL/dh&lt;sub&gt;1&lt;/sub&gt;‖ / ‖dL/dh&lt;sub&gt;T&lt;/sub&gt;‖ below 10&lt;sup&gt;−3&lt;/sup&gt;) or explodes (a norm above ten times the clipping threshold, or growing), each with a paragraph on why.</source>
        <translation>&lt;b&gt;标记&lt;/b&gt;：梯度消失（‖dL/dh&lt;sub&gt;1&lt;/sub&gt;‖ / ‖dL/dh&lt;sub&gt;T&lt;/sub&gt;‖ 低于 10&lt;sup&gt;−3&lt;/sup&gt;）或爆炸（范数超过裁剪阈值的十倍，或在增长）时亮起，并各附一段原因说明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Remedies&lt;/b&gt;: one click changes one thing and keeps the data and the seed: the cell, the activation, the recurrent initialisation, the LSTM&apos;s forget-gate bias, clipping and its threshold, truncated BPTT. Those marked ↻ start again from fresh weights; the others change the running training.</source>
        <translation>&lt;b&gt;补救措施&lt;/b&gt;：一次点击只改变一处，并保持数据和随机种子不变：单元、激活函数、循环权重的初始化、LSTM 遗忘门的偏置、梯度裁剪及其阈值、截断 BPTT。标有 ↻ 的会从新的权重重新开始；其他的则改变正在进行的训练。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;: runs side by side on the same data, each on its own thread: RNN, LSTM and GRU (Train → Compare, Ctrl+K), or a lesson&apos;s variants. Their losses and ‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖ curves share one plot. With several seeds each line is the mean over the seeds and its band spans the lowest to the highest seed.</source>
        <translation>&lt;b&gt;对比&lt;/b&gt;：在相同的数据上并排进行的多次运行，每次运行在自己的线程上：RNN、LSTM 和 GRU（训练 → 对比，Ctrl+K），或课程的各个变体。它们的损失曲线和 ‖dL/dh&lt;sub&gt;t&lt;/sub&gt;‖ 曲线画在同一张图中。使用多个随机种子时，每条线是各种子的均值，带子从最低的种子延伸到最高的种子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Text&lt;/b&gt;: how a character model reads a text. Each character of the validation text (or of a text you type) is coloured by the surprise −log&lt;sub&gt;2&lt;/sub&gt; p of the next character, or by one unit&apos;s state or gate after reading it. Point at a character to see the five likeliest next characters; click one to see its step in the Explorer.</source>
        <translation>&lt;b&gt;文本&lt;/b&gt;：字符模型如何阅读文本。验证文本（或你输入的文本）的每个字符按下一个字符的意外度 −log&lt;sub&gt;2&lt;/sub&gt; p 着色，或按读入它之后某个单元的状态或门着色。指向一个字符可看到最可能的五个下一个字符；点击它可在“探索器”中看到这一步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Units&lt;/b&gt; (neuron search): select characters by dragging over the text (Shift adds a span) or by a rule, such as inside quotes or after a space. The units of a layer are ranked by how well their value follows the selection: the correlation r, or the AUC, as the header says. Click a unit to colour the text by it.</source>
        <translation>&lt;b&gt;单元&lt;/b&gt;（神经元搜索）：在文本上拖动来选择字符（按住 Shift 再加一段），或按规则选择，例如引号之内或空格之后。一层中的单元按其数值与选择的吻合程度排序：相关系数 r 或 AUC，如表头所示。点击一个单元，用它给文本着色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connectivity&lt;/b&gt;: for the character you clicked, how much each character before it moves the network&apos;s log-probability of the true next character, ‖∂ log p / ∂x&lt;sub&gt;t&lt;/sub&gt;‖, against how many steps back it is, on a log axis. A straight fall is the vanishing gradient.</source>
        <translation>&lt;b&gt;连通性&lt;/b&gt;：对你点击的字符，它之前的每个字符能使网络对真实下一个字符的对数概率改变多少，即 ‖∂ log p / ∂x&lt;sub&gt;t&lt;/sub&gt;‖，随回溯步数画在对数坐标上。一条笔直下降的线就是梯度消失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Connectivity, side by side&lt;/b&gt;: the compared networks read the same validation window; each strip is coloured by that network&apos;s ‖∂ log p / ∂x&lt;sub&gt;t&lt;/sub&gt;‖ to the chosen character, all on one log scale, and the curves show the same numbers against steps back. Click a character in any strip to look back from it.</source>
        <translation>&lt;b&gt;连通性并排对比&lt;/b&gt;：参与比较的网络读取同一个验证窗口；每个文本条按该网络到所选字符的 ‖∂ log p / ∂x&lt;sub&gt;t&lt;/sub&gt;‖ 着色，全部使用同一个对数刻度，曲线按回溯步数画出同样的数值。点击任一文本条中的字符，从该处回看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Time cursor&lt;/b&gt;: the time step t that the Explorer and the Gradients view show, the same in both. Drag it, or press Left and Right, Home and End.</source>
        <translation>&lt;b&gt;时间光标&lt;/b&gt;：探索器和梯度视图显示的时间步 t，两者相同。拖动它，或按左右方向键、Home 和 End。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Speed&lt;/b&gt;: levels 1 to 9 pace training from 1 to 500 steps a second, so that every step can be followed; level 10 trains as fast as the machine can.</source>
        <translation>&lt;b&gt;速度&lt;/b&gt;：第 1 到 9 档把训练节奏控制在每秒 1 到 500 步，以便跟上每一步；第 10 档以机器能达到的最快速度训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Progress&lt;/b&gt;: the epoch the run is in, how far through it, and the time left at the current speed.</source>
        <translation>&lt;b&gt;进度&lt;/b&gt;：运行所处的轮次、本轮的进度，以及按当前速度剩余的时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Recovery&lt;/b&gt;: an experiment that was not saved when RNN Lab last ended. Recover brings it back as it was at its last autosave; Discard deletes it.</source>
        <translation>&lt;b&gt;恢复&lt;/b&gt;：RNN Lab 上次结束时没有保存的实验。“恢复”把它恢复到最后一次自动保存时的样子；“丢弃”则删除它。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>More in the manual</source>
        <translation>手册中的详细说明</translation>
    </message>
</context>
<context>
    <name>rnnlab::Catalog</name>
    <message>
        <location filename="../../core/data/catalog.cpp" line="+13"/>
        <location line="+54"/>
        <location line="+145"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>number of time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak value A</source>
        <translation>峰值 A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps per cycle P</source>
        <translation>每个周期的步数 P</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phase</source>
        <translation>相位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase phi in radians</source>
        <translation>相位 phi（弧度）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+181"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>standard deviation sigma of added Gaussian noise</source>
        <translation>所加高斯噪声的标准差 sigma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sequences</source>
        <translation>序列数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of sequences N</source>
        <translation>序列个数 N</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Symbols</source>
        <translation>符号数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters A to draw from</source>
        <translation>从字母 A 起可选的字母个数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sine wave</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A clean sine: the first thing any recurrent network should learn to continue.</source>
        <translation>干净的正弦波：任何循环网络都应首先学会延续的序列。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noisy sine</source>
        <translation>含噪正弦波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sine with Gaussian noise: the network should follow the wave, not the noise.</source>
        <translation>叠加了高斯噪声的正弦波：网络应跟随波形，而不是噪声。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sum of sines</source>
        <translation>正弦波之和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three sines of different periods added: patterns on several time scales.</source>
        <translation>三个不同周期的正弦波相加：多个时间尺度上的规律。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amplitude 1</source>
        <translation>振幅 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplitude of component 1</source>
        <translation>分量 1 的振幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period 1</source>
        <translation>周期 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of component 1 (steps)</source>
        <translation>分量 1 的周期（步）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amplitude 2</source>
        <translation>振幅 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplitude of component 2</source>
        <translation>分量 2 的振幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period 2</source>
        <translation>周期 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of component 2 (steps)</source>
        <translation>分量 2 的周期（步）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amplitude 3</source>
        <translation>振幅 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplitude of component 3</source>
        <translation>分量 3 的振幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period 3</source>
        <translation>周期 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period of component 3 (steps)</source>
        <translation>分量 3 的周期（步）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Damped sine</source>
        <translation>阻尼正弦波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sine whose amplitude decays as exp(-d t): the pattern changes over time.</source>
        <translation>振幅按 exp(-d t) 衰减的正弦波：规律随时间而变化。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Damping</source>
        <translation>阻尼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decay rate d per step</source>
        <translation>每步的衰减率 d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Square wave</source>
        <translation>方波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumps between +A and -A: sharp edges are hard for smooth predictors.</source>
        <translation>在 +A 与 -A 之间跳变：陡峭的边沿对平滑的预测器来说很难。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duty</source>
        <translation>占空比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction of each period at +A</source>
        <translation>每个周期中处于 +A 的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sawtooth wave</source>
        <translation>锯齿波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rises linearly, then drops: the drop is predictable only by counting steps.</source>
        <translation>线性上升后骤降：只有数着步数才能预测何时下降。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Random walk</source>
        <translation>随机游走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step adds Gaussian noise: the best forecast is the last value (a baseline every model must beat, and cannot by much).</source>
        <translation>每一步加上高斯噪声：最好的预测就是上一个值（每个模型都必须胜过的基线，而且胜不了多少）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard deviation s of each step</source>
        <translation>每一步的标准差 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drift</source>
        <translation>漂移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean of each step</source>
        <translation>每一步的均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value at step 0</source>
        <translation>第 0 步的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mackey-Glass (chaotic)</source>
        <translation>Mackey-Glass（混沌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Mackey-Glass delay equation; with tau = 17 it is chaotic, a classic benchmark for recurrent networks and reservoir computing.</source>
        <translation>Mackey-Glass 时滞方程；tau = 17 时呈混沌，是循环网络和储备池计算的经典基准。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tau</source>
        <translation>Tau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay tau (time units, rounded to 0.1)</source>
        <translation>时滞 tau（时间单位，舍入到 0.1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production rate beta</source>
        <translation>生成率 beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decay rate gamma</source>
        <translation>衰减率 gamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponent</source>
        <translation>指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonlinearity exponent n</source>
        <translation>非线性指数 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x0</source>
        <translation>x0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial value and history x(t &lt;= 0)</source>
        <translation>初始值及历史 x(t &lt;= 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time units between samples</source>
        <translation>两次采样之间的时间单位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient</source>
        <translation>暂态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time units discarded at the start</source>
        <translation>开头舍弃的时间单位数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding problem</source>
        <translation>加法问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hochreiter &amp; Schmidhuber (1997): add the two values marked somewhere in a long sequence. Predicting 1 every time scores MSE about 0.17; beating that needs memory across the whole sequence.</source>
        <translation>Hochreiter 与 Schmidhuber（1997）：把长序列中某处被标记的两个值相加。每次都预测 1 的 MSE 约为 0.17；要胜过它，需要记住整个序列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>steps T per sequence</source>
        <translation>每个序列的步数 T</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Remember the first value</source>
        <translation>记住第一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy task: the first step carries a value, then `delay` distracting steps follow; the target is the first value. A tanh RNN forgets it as the delay grows; an LSTM keeps it in its cell.</source>
        <translation>复制任务：第一步携带一个值，随后是 `delay` 个干扰步；目标就是第一个值。随着延迟增加，tanh RNN 会忘掉它；LSTM 则把它保存在细胞状态中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+72"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>steps L after the first one</source>
        <translation>第一步之后的步数 L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: a real value in [-1, 1]; C &gt; 1: one of C classes, one-hot</source>
        <translation>0：[-1, 1] 中的实数值；C &gt; 1：C 个类别之一，独热编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>distractor amplitude (uniform in [-noise, noise])</source>
        <translation>干扰项的幅度（在 [-noise, noise] 中均匀分布）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting a^n b^n</source>
        <translation>计数 a^n b^n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks of n a&apos;s then n b&apos;s, n drawn for each block: predict the next symbol at every step. Once the b&apos;s start, the network must count down the a&apos;s it saw.</source>
        <translation>由 n 个 a 接 n 个 b 组成的块，每块的 n 随机抽取：在每一步预测下一个符号。b 一旦开始出现，网络就必须把看到的 a 倒数回去。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Max n</source>
        <translation>最大 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largest n of a block</source>
        <translation>一个块中 n 的最大值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balanced brackets</source>
        <translation>括号配对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the string of brackets balanced? Half are, half are not (with one kind, a bracket closes below depth 0; with two, a bracket is closed by the wrong kind). The network must keep the depth, or the open brackets, in its state.</source>
        <translation>这串括号是否配对？一半配对，一半不配对（只有一种括号时，某个右括号使深度降到 0 以下；有两种时，某个括号被错误种类的括号闭合）。网络必须在状态中记住深度或尚未闭合的括号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brackets T per sequence (even)</source>
        <translation>每个序列的括号数 T（偶数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largest depth of the balanced strings</source>
        <translation>配对括号串的最大深度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kinds of bracket: 1 ( ), 2 ( ) [ ]</source>
        <translation>括号种类：1 为 ( )，2 为 ( ) [ ]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy symbols</source>
        <translation>复制符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few letters, a delimiter #, then blanks: reproduce the letters in order after the delimiter.</source>
        <translation>几个字母、一个分隔符 #，然后是空白：在分隔符之后按顺序复现这些字母。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letters k to copy (T = 2k + 1)</source>
        <translation>要复制的字母数 k（T = 2k + 1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parity of a bit string</source>
        <translation>比特串的奇偶性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the number of ones in a string of bits odd? Every bit matters to the answer.</source>
        <translation>比特串中 1 的个数是否为奇数？每一位都影响答案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bits T per sequence</source>
        <translation>每个序列的比特数 T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember the first symbol</source>
        <translation>记住第一个符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first letter, then `delay` distracting letters: the target is the first letter. A tanh RNN forgets it as the delay grows; an LSTM keeps it in its cell.</source>
        <translation>先是第一个字母，随后是 `delay` 个干扰字母：目标就是第一个字母。随着延迟增加，tanh RNN 会忘掉它；LSTM 则把它保存在细胞状态中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>letters L after the first one</source>
        <translation>第一个字母之后的字母数 L</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yearly sunspot numbers, 1700-2008</source>
        <translation>年度太阳黑子数，1700–2008</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly mean number of sunspots: a quasi-periodic series with a cycle of about 11 years and uneven peaks. 309 years.</source>
        <translation>太阳黑子的年平均数：周期约 11 年、峰值高低不一的准周期序列。共 309 年。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nile river flow at Aswan, 1871-1970</source>
        <translation>阿斯旺的尼罗河流量，1871–1970</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly flow of the Nile at Aswan in 10^8 m^3, with a change point near 1898. 100 years.</source>
        <translation>阿斯旺处尼罗河的年流量（10^8 立方米），在 1898 年前后有一个变点。共 100 年。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly CO2 at Mauna Loa, 1958-2001</source>
        <translation>莫纳罗亚的每周 CO2，1958–2001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly mean atmospheric CO2 (ppmv) from continuous air samples at Mauna Loa: a trend with a yearly cycle. 2284 weeks, 59 of them missing (empty cells): load with interpolation.</source>
        <translation>莫纳罗亚连续空气采样得到的大气 CO2 周平均浓度（ppmv）：带年周期的趋势。共 2284 周，其中 59 周缺失（空单元格）：请用插值方式载入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>El Nino sea surface temperature, monthly 1950-2010</source>
        <translation>厄尔尼诺海面温度，逐月 1950–2010</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly mean sea surface temperature (degrees C) in the Nino 1+2 region of the Pacific: a strong yearly cycle with irregular El Nino years. 732 months.</source>
        <translation>太平洋 Nino 1+2 区的月平均海面温度（摄氏度）：明显的年周期，夹杂不规则的厄尔尼诺年份。共 732 个月。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>US macroeconomic data, quarterly 1959-2009</source>
        <translation>美国宏观经济数据，逐季 1959–2009</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real GDP, consumption, investment, CPI, interest rate, unemployment and more, quarterly: several related economic series for multi-input forecasting. 203 quarters.</source>
        <translation>实际 GDP、消费、投资、CPI、利率、失业率等季度数据：几个相互关联的经济序列，适合多输入预测。共 203 个季度。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The Constitution of the United States</source>
        <translation>美国宪法</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+21"/>
        <location line="+37"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The Constitution of 1787 with its 27 amendments: 45,000 characters of legal English, 71 different ones.</source>
        <translation>1787 年宪法及其 27 条修正案：45,000 个字符的法律英语，共 71 种不同字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Devil&apos;s Dictionary (Ambrose Bierce, 1911)</source>
        <translation>魔鬼辞典（安布罗斯·比尔斯，1911）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satirical definitions from ABASEMENT to ZOOLOGY, with verse: 383,000 characters of English, 84 different ones; a book.</source>
        <translation>从 ABASEMENT 到 ZOOLOGY 的讽刺性释义，夹有诗句：383,000 个英文字符，共 84 种不同字符；一整本书。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Three hundred Tang poems (唐诗三百首)</source>
        <translation>唐诗三百首</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (classical)</source>
        <translation>汉语（文言）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poems of the Tang dynasty (618-907) as selected by Sun Zhu in 1763, each with its title and poet: 29,600 characters of classical Chinese, 2,579 different ones.</source>
        <translation>孙洙于 1763 年编选的唐代（618–907）诗歌，每首附诗题和作者：29,600 个文言汉字，共 2,579 个不同的字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Talking animals (generated)</source>
        <translation>会说话的动物（生成文本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short scenes generated by a script: narration in the past tense, speech between double quotes in the present tense; 202,000 characters, 30 different ones.</source>
        <translation>由脚本生成的短场景：叙述用过去时，双引号中的话语用现在时；共 202,000 个字符，30 种不同字符。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Short English sentences, positive or negative</source>
        <translation>英文短句，正面或负面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>300 short sentences about films, food, weather, work and days out, each labelled pos or neg, in mixed order: label&lt;TAB&gt;text lines.</source>
        <translation>300 个关于电影、食物、天气、工作和出游的短句，每句标注 pos 或 neg，顺序打乱：每行为 标签&lt;TAB&gt;文本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short Chinese sentences, positive or negative</source>
        <translation>中文短句，正面或负面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 short sentences in simplified Chinese about the same things, each labelled pos or neg, in mixed order: label&lt;TAB&gt;text lines.</source>
        <translation>300 个关于同样话题的简体中文短句，每句标注 pos 或 neg，顺序打乱：每行为 标签&lt;TAB&gt;文本。</translation>
    </message>
</context>
<context>
    <name>rnnlab::UiText</name>
    <message>
        <location filename="../../core/analysis/gradient_diagnosis.cpp" line="+31"/>
        <source>Vanishing gradients: going back through time, the gradient is multiplied at every step by the Jacobian ∂h_t/∂h_{t-1}. When these factors are below 1 it shrinks geometrically, so nothing more than a few steps back is learned: the network forgets the start of the sequence. Remedies: an LSTM or GRU cell, orthogonal or identity (IRNN) recurrent weights, a positive LSTM forget-gate bias.</source>
        <translation>梯度消失：沿时间向回传播时，梯度每一步都要乘以雅可比矩阵 ∂h_t/∂h_{t-1}。当这些因子小于 1 时，梯度按几何级数缩小，因此几步之前的内容就学不到了：网络会忘掉序列的开头。补救措施：换用 LSTM 或 GRU 单元、正交或单位矩阵（IRNN）初始化循环权重、为 LSTM 遗忘门设置正的偏置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> With a loss at every step, ‖dL/dh₁‖ also holds step 1&apos;s own loss, which does not travel at all, so the badge measures the journey itself: the Jacobian product ‖∂h_T/∂h_t‖.</source>
        <translation>每一步都有损失时，‖dL/dh₁‖ 还包含第 1 步自身的损失，而这部分根本不用传播，因此这个标记衡量的是传播过程本身：雅可比矩阵乘积 ‖∂h_T/∂h_t‖。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Truncated BPTT cuts the gradient a fixed number of steps back on purpose, so the badge only looks at the steps inside that window.</source>
        <translation>截断 BPTT 有意在固定步数之前切断梯度，因此这个标记只看该窗口内的时间步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exploding gradients: when the factors ∂h_t/∂h_{t-1} are above 1, the gradient from far-away steps grows geometrically, and one huge step throws the weights far away: the loss spikes or becomes NaN. Remedies: gradient clipping (it rescales the whole gradient to the threshold, keeping its direction; Pascanu et al. 2013), a lower learning rate, orthogonal recurrent weights, an LSTM or GRU cell.</source>
        <translation>梯度爆炸：当因子 ∂h_t/∂h_{t-1} 大于 1 时，来自远处时间步的梯度按几何级数增长，一次巨大的更新就会把权重甩得很远：损失突然飙升或变成 NaN。补救措施：梯度裁剪（把整个梯度缩放到阈值，方向不变；Pascanu 等，2013）、降低学习率、正交初始化循环权重、换用 LSTM 或 GRU 单元。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no Jacobian product recorded yet</source>
        <translation>还没有记录雅可比矩阵乘积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no traced gradients yet</source>
        <translation>还没有追踪到梯度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the traced sequence has a single step: nothing to travel back through</source>
        <translation>追踪的序列只有一步：没有可以向回传播的路径</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no finite gradient reaches the last step</source>
        <translation>没有有限的梯度到达最后一步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 = %2 %3 %4</source>
        <translation>%1 = %2 %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (layer %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no training steps yet</source>
        <translation>还没有训练步</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 × the clip threshold %3)</source>
        <translation>%1（%2 × 裁剪阈值 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; clipping scales it down to %1</source>
        <translation>；梯度裁剪把它缩小到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; clipping is off</source>
        <translation>；梯度裁剪已关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the gradient norm is not finite</source>
        <translation>梯度范数不是有限值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gradient norm %1 &gt; </source>
        <translation>梯度范数 %1 &gt; </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>gradient norm grew %1× over the last %2 recorded steps, now %3</source>
        <translation>梯度范数在最近记录的 %2 步中增长了 %1 倍，现在为 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gradient norm %1 ≤ </source>
        <translation>梯度范数 %1 ≤ </translation>
    </message>
    <message>
        <location filename="../../core/data/training_data.cpp" line="+27"/>
        <source>split: the training fraction must be in (0, 1], got %1</source>
        <translation>split：训练比例必须在 (0, 1] 之内，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split: the validation fraction must be in [0, 1), got %1</source>
        <translation>split：验证比例必须在 [0, 1) 之内，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split: training + validation fractions exceed 1 (%1 + %2)</source>
        <translation>split：训练与验证比例之和超过 1（%1 + %2）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation: 1 window</source>
        <translation>验证：1 个窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test: 1 window</source>
        <translation>测试：1 个窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation: %1 windows</source>
        <translation>验证：%1 个窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test: %1 windows</source>
        <translation>测试：%1 个窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — not meaningful (at least %1 are needed: a shorter window or a longer series)</source>
        <translation> — 没有意义（至少需要 %1 个：请缩短窗口或使用更长的序列）</translation>
    </message>
    <message>
        <location filename="../../core/train/baselines.cpp" line="+137"/>
        <source>monthly labels</source>
        <translation>按月的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarterly labels</source>
        <translation>按季度的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly labels</source>
        <translation>按周的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily labels</source>
        <translation>按日的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hourly labels</source>
        <translation>按小时的标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>autocorrelation %1 at lag %2</source>
        <translation>滞后 %2 处的自相关为 %1</translation>
    </message>
    <message>
        <location filename="../../core/lessons/quiz.cpp" line="+41"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The input gate %1</source>
        <translation>输入门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forget gate %1</source>
        <translation>遗忘门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell candidate %1</source>
        <translation>细胞候选值 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output gate %1</source>
        <translation>输出门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reset gate %1</source>
        <translation>重置门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update gate %1</source>
        <translation>更新门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new candidate %1</source>
        <translation>新候选值 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no traced sequence yet: train the run (press Play) first</source>
        <translation>还没有被追踪的序列：请先训练这次运行（按“开始”）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the traced sequence has no gradient yet: train the run first</source>
        <translation>被追踪的序列还没有梯度：请先训练这次运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the traced sequence has %1 steps, not %2</source>
        <translation>被追踪的序列有 %1 步，而不是 %2 步</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>‖dL/dh‖ is largest at t = %1, where it is %2; at t = 1 it is %3 and at t = %4 %5.</source>
        <translation>‖dL/dh‖ 在 t = %1 处最大，为 %2；在 t = 1 处为 %3，在 t = %4 处为 %5。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Going back from t = %1 (where ‖dL/dh‖ is %2), ‖dL/dh‖ first falls below %3 at t = %4, where it is %5.</source>
        <translation>从 t = %1（此处 ‖dL/dh‖ 为 %2）往回看，‖dL/dh‖ 在 t = %4 处首次低于 %3，此处为 %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>‖dL/dh‖ does not fall below %1 at any step of the traced sequence</source>
        <translation>在被追踪序列的任何一步，‖dL/dh‖ 都不低于 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>‖dL/dh‖ is %1 at t = 1 and %2 at t = %3: their ratio is %4.</source>
        <translation>‖dL/dh‖ 在 t = 1 处为 %1，在 t = %3 处为 %2：两者之比为 %4。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a plain RNN cell has no gates</source>
        <translation>普通 RNN 单元没有门</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At t = %1 the </source>
        <translation>在 t = %1，</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> has the mean %1 over the units, the nearest to %2 (%3).</source>
        <translation>在各单元上的均值为 %1，最接近 %2（%3）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> has the mean %1 over the units over every step.</source>
        <translation>在所有时间步和单元上的均值为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> has the mean %1 over the units at t = %2.</source>
        <translation>在 t = %2 处各单元上的均值为 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this cell has no gate &apos;%1&apos;</source>
        <translation>这个单元没有门“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At t = %1 unit %2 has the largest |h| of the %3 units: h = %4.</source>
        <translation>在 t = %1，%3 个单元中单元 %2 的 |h| 最大：h = %4。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no run has trained yet: press Play all in Compare</source>
        <translation>还没有运行训练过：请在“对比”中按“全部开始”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every run diverged</source>
        <translation>所有运行都发散了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The final validation losses are %1: %2&apos;s is the lowest.</source>
        <translation>最终的验证损失为 %1：%2 的最低。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ends with the validation loss %2.</source>
        <translation>%1 最终的验证损失为 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run &apos;%1&apos; has not trained yet</source>
        <translation>运行“%1”还没有训练</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown query &apos;%1&apos; (expected %2)</source>
        <translation>未知的问题类型“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown answer &apos;%1&apos; (expected choice, number or click)</source>
        <translation>未知的答案类型“%1”（应为 choice、number 或 click）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>input gate %1</source>
        <translation>输入门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget gate %1</source>
        <translation>遗忘门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell candidate %1</source>
        <translation>细胞候选值 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output gate %1</source>
        <translation>输出门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset gate %1</source>
        <translation>重置门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update gate %1</source>
        <translation>更新门 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new candidate %1</source>
        <translation>新候选值 %1</translation>
    </message>
    <message>
        <location filename="../../core/analysis/remedy.cpp" line="+32"/>
        <source>recurrent init: default (PyTorch)</source>
        <translation>循环权重初始化：默认（PyTorch）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recurrent init: Xavier</source>
        <translation>循环权重初始化：Xavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recurrent init: orthogonal</source>
        <translation>循环权重初始化：正交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recurrent init: identity (IRNN)</source>
        <translation>循环权重初始化：单位矩阵（IRNN）</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cell: %1 with forget-gate bias +%2 (open forget gates)</source>
        <translation>单元：%1，遗忘门偏置 +%2（遗忘门打开）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cell: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation: %1</source>
        <translation>激活函数：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clipping: off</source>
        <translation>梯度裁剪：关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipping: on, threshold %1</source>
        <translation>梯度裁剪：开，阈值 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forget-gate bias: %1</source>
        <translation>遗忘门偏置：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated BPTT: off (full BPTT)</source>
        <translation>截断 BPTT：关（完整 BPTT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truncated BPTT: %1 steps</source>
        <translation>截断 BPTT：%1 步</translation>
    </message>
    <message>
        <location filename="../../core/base/errors.cpp" line="+14"/>
        <source>out of memory: the data, the window, the batch or the network is too large for this machine; make one of them smaller</source>
        <translation>内存不足：数据、窗口、批量或网络对这台机器来说太大了；请把其中之一调小</translation>
    </message>
    <message>
        <location filename="../../core/base/setting_checks.cpp" line="+20"/>
        <source>%1 must be finite, got %2</source>
        <translation>%1 必须是有限数，实际为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be positive and finite, got %2</source>
        <translation>%1 必须是正的有限数，实际为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be non-negative and finite, got %2</source>
        <translation>%1 必须是非负的有限数，实际为 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be in %2, got %3</source>
        <translation>%1 必须在 %2 之内，实际为 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be at least %2, got %3</source>
        <translation>%1 至少为 %2，实际为 %3</translation>
    </message>
    <message>
        <location filename="../../core/data/catalog.cpp" line="-167"/>
        <source>generator &apos;%1&apos; is not one of: %2</source>
        <translation>生成器“%1”不在可选项中：%2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>bundled dataset &apos;%1&apos; is not one of: %2</source>
        <translation>内置数据集“%1”不在可选项中：%2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>bundled text &apos;%1&apos; is not one of: %2</source>
        <translation>内置文本“%1”不在可选项中：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>bundled labelled set &apos;%1&apos; is not one of: %2</source>
        <translation>内置带标签数据“%1”不在可选项中：%2</translation>
    </message>
    <message>
        <location filename="../../core/data/column_roles.cpp" line="+34"/>
        <source> is named like a time, only increases</source>
        <translation> 的名称像时间，且只增不减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> counts 1, 2, 3, …</source>
        <translation> 按 1、2、3…… 计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> holds years</source>
        <translation> 包含年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> holds </source>
        <translation> 包含</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no column &apos;%1&apos;; the columns are: %2 (or their numbers 1 to %3)</source>
        <translation>没有名为“%1”的列；现有的列是：%2（也可以用列号 1 到 %3）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>column &apos;%1&apos; cannot be both the label column and a data column</source>
        <translation>列“%1”不能既是标签列又是数据列</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No label column (chosen): the x axis counts rows</source>
        <translation>没有标签列（已选择）：x 轴按行计数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column holds dates, years or an index: the x axis counts rows</source>
        <translation>没有一列包含日期、年份或序号：x 轴按行计数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 give the </source>
        <translation>%1 和 %2 给出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> of the x axis</source>
        <translation>，作为 x 轴的刻度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 labels the x axis (chosen)</source>
        <translation>%1 作为 x 轴的标签（已选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and labels the x axis</source>
        <translation>，并作为 x 轴的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is text and labels the x axis</source>
        <translation>%1 是文本，作为 x 轴的标签</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>input %1 (chosen)</source>
        <translation>输入 %1（已选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inputs %1 (chosen)</source>
        <translation>输入 %1（已选择）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inputs %1 columns (chosen)</source>
        <translation>输入 %1 列（已选择）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inputs: every numeric column but the time axes (%1)</source>
        <translation>输入：除时间轴外的所有数值列（%1 列）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input: the target alone</source>
        <translation>输入：只有目标本身</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; %1 is a time axis too and is left out</source>
        <translation>；%1 也是时间轴，不予使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 are time axes too and are left out</source>
        <translation>；%1 也是时间轴，不予使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; %1 has no numbers in the first rows and is left out</source>
        <translation>；%1 在前几行中没有数字，不予使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 have no numbers in the first rows and are left out</source>
        <translation>；%1 在前几行中没有数字，不予使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; target %1 (chosen)</source>
        <translation>；目标 %1（已选择）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; target %1: the last numeric column that is not a time axis</source>
        <translation>；目标 %1：最后一个不是时间轴的数值列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; target %1: the last numeric column</source>
        <translation>；目标 %1：最后一个数值列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no column holds numbers (columns: %1); choose the target column by name</source>
        <translation>没有一列是数字（各列：%1）；请按名称选择目标列</translation>
    </message>
    <message>
        <location filename="../../core/data/csv_column_plan.cpp" line="+23"/>
        <source>the column name &apos;%1&apos; is already used by column %2; column names must differ</source>
        <translation>列名“%1”已被第 %2 列使用；各列的名称必须不同</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>column %1 (%2)</source>
        <translation>第 %1 列（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../core/data/csv_detection.cpp" line="+66"/>
        <source>the file has only blank lines</source>
        <translation>文件只有空行</translation>
    </message>
    <message>
        <location filename="../../core/data/csv_reader.cpp" line="+116"/>
        <source>this wide table is read as one series, &apos;%1&apos;: to choose other columns, read it as columns (unpivot: no)</source>
        <translation>这个宽表被读成一个序列“%1”：要选择其他列，请按列读取（unpivot: no）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data is %1; at most %2 can be read</source>
        <translation>数据大小为 %1；最多只能读取 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/io/json_document.cpp" line="+40"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unpivot: this is not a wide table (expected a column of years and, after it, 12 columns named for the months or 4 for the quarters)</source>
        <translation>unpivot：这不是宽表（应为一列年份，后面跟着以月份命名的 12 列或以季度命名的 4 列）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file has a header (line %1) but no data rows</source>
        <translation>文件有标题行（第 %1 行），但没有数据行</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>this is the only data row</source>
        <translation>这是唯一的一行数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only 1 data row is left</source>
        <translation>只剩下 1 行数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only %1 data rows are left</source>
        <translation>只剩下 %1 行数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; a series needs at least %1 rows</source>
        <translation>；一个序列至少需要 %1 行</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the series</source>
        <translation>该序列</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>keep fewer rows, or split the file</source>
        <translation>请保留更少的行，或者拆分文件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>delimiter &apos;%1&apos; is not one of: auto, comma, semicolon, tab, whitespace</source>
        <translation>分隔符“%1”不在可选项中：auto、comma、semicolon、tab、whitespace</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> &apos;%1&apos; is not one of: auto, yes, no</source>
        <translation> “%1”不在可选项中：auto、yes、no</translation>
    </message>
    <message>
        <location filename="../../core/data/csv_records.cpp" line="+103"/>
        <source>this row has %1 field, expected %2 like the header (line %3)</source>
        <translation>这一行有 %1 个字段，应与标题行（第 %3 行）一样有 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this row has %1 fields, expected %2 like the header (line %3)</source>
        <translation>这一行有 %1 个字段，应与标题行（第 %3 行）一样有 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this row has %1 field, expected %2 like the first row (line %3)</source>
        <translation>这一行有 %1 个字段，应与第一行（第 %3 行）一样有 %2 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this row has %1 fields, expected %2 like the first row (line %3)</source>
        <translation>这一行有 %1 个字段，应与第一行（第 %3 行）一样有 %2 个</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; 不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is out of the range of double-precision numbers</source>
        <translation>&apos;%1&apos; 超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a number (if &apos;,&apos; is the decimal separator, choose decimal comma)</source>
        <translation>&apos;%1&apos; 不是数字（如果小数点用的是“,”，请选择小数逗号）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../core/data/labelled_sequences.cpp" line="+111"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <location filename="../../core/data/csv_records.h" line="+143"/>
        <source>the quote opened here is never closed</source>
        <translation>这里开始的引号一直没有闭合</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected &apos;%1&apos; after the closing quote: expected the delimiter or the end of the line</source>
        <translation>闭合引号后出现了意外的“%1”：应为分隔符或行尾</translation>
    </message>
    <message>
        <location filename="../../core/data/data_error.cpp" line="+16"/>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1, byte %2%3: </source>
        <translation>第 %1 行，第 %2 字节%3：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1, column %2%3: </source>
        <translation>第 %1 行，第 %2 列%3：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing value (the first of %1 missing cells); choose to drop the rows with missing values or to interpolate them</source>
        <translation>缺失值（共 %1 个缺失单元格，这是第一个）；请选择删除含缺失值的行，或对缺失值插值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing value; choose to drop the rows with missing values or to interpolate them</source>
        <translation>缺失值；请选择删除含缺失值的行，或对缺失值插值</translation>
    </message>
    <message>
        <location filename="../../core/data/data_file.cpp" line="+29"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file size: %1</source>
        <translation>无法读取文件大小：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is %1; files up to %2 can be read</source>
        <translation>文件大小为 %1；最多只能读取 %2 的文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be read completely</source>
        <translation>文件没能完整读取</translation>
    </message>
    <message>
        <location filename="../../core/data/generators.cpp" line="+76"/>
        <source>generator %1: </source>
        <translation>生成器 %1：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no parameter &apos;%1&apos;; its parameters are: %2</source>
        <translation>没有参数“%1”；它的参数有：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/nn/network_config.cpp" line="+31"/>
        <location filename="../../core/train/text_sampling.cpp" line="+31"/>
        <location filename="../../core/train/training_settings.cpp" line="+25"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 必须在 %2 到 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 必须是整数，实际为 %2</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>classes must be 0 or at least 2</source>
        <translation>classes 必须为 0 或至少为 2</translation>
    </message>
    <message>
        <location filename="../../core/data/labelled_text.cpp" line="+30"/>
        <source>no TAB: a labelled line is the label, a TAB, then the text</source>
        <translation>没有 TAB：带标签的一行应为标签、一个 TAB，然后是文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the label before the TAB is empty</source>
        <translation>TAB 前面的标签是空的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text after the TAB is empty</source>
        <translation>TAB 后面的文本是空的</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>labelled text</source>
        <translation>带标签的文本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty: there are no labelled lines</source>
        <translation>文件是空的：没有带标签的行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the text is empty</source>
        <translation>文本是空的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text holds a line break: a text is one line</source>
        <translation>文本中有换行：一条文本只能占一行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the vocabulary lacks &quot;\n&quot;, the padding symbol of labelled sentences</source>
        <translation>词表中没有 &quot;\n&quot;，即带标签句子的填充符号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the split leaves no line for training (%1 lines)</source>
        <translation>划分后没有留给训练的行（共 %1 行）</translation>
    </message>
    <message>
        <location filename="../../core/data/missing_report.cpp" line="+22"/>
        <source>missing-value policy &apos;%1&apos; is not one of: reject, drop, interpolate</source>
        <translation>缺失值策略“%1”不在可选项中：reject、drop、interpolate</translation>
    </message>
    <message>
        <location filename="../../core/data/missing_values.cpp" line="+39"/>
        <source> has no values, only missing cells</source>
        <translation>没有数值，只有缺失单元格</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>every row has a missing value: nothing is left after dropping them</source>
        <translation>每一行都有缺失值：删除这些行之后什么也不剩</translation>
    </message>
    <message>
        <location filename="../../core/data/normaliser.cpp" line="+27"/>
        <source>normalisation &apos;%1&apos; is not one of: none, zscore, minmax</source>
        <translation>归一化方式“%1”不在可选项中：none、zscore、minmax</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>normaliser scale must be a finite non-zero number</source>
        <translation>归一化的缩放系数必须是非零的有限数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>normaliser offset must be a finite number</source>
        <translation>归一化的偏移量必须是有限数</translation>
    </message>
    <message>
        <location filename="../../core/data/text_dataset.cpp" line="+19"/>
        <source>%1 character</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/data/vocabulary.cpp" line="+53"/>
        <location line="+37"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the text is empty: there are no characters to learn from</source>
        <translation>文本是空的：没有可以学习的字符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text ends here, after </source>
        <translation>文本在这里结束，只有 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the training part ends here, after </source>
        <translation>训练部分在这里结束，只有 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: one window needs </source>
        <translation>：一个窗口需要 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the window and the character after it); shorten the window</source>
        <translation>（窗口加上它后面的一个字符）；请缩短窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or use a longer text</source>
        <translation>，或使用更长的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or train on more of the text</source>
        <translation>，或用更多的文本来训练</translation>
    </message>
    <message>
        <location filename="../../core/data/utf8_text.cpp" line="+66"/>
        <source>the file is UTF-16 text (byte order mark %1 %2); save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;)</source>
        <translation>文件是 UTF-16 文本（字节顺序标记 %1 %2）；请另存为 UTF-8（在电子表格软件中选择“CSV UTF-8”）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NUL byte: this looks like UTF-16 text without a byte order mark; save it as UTF-8</source>
        <translation>NUL 字节：这看起来是没有字节顺序标记的 UTF-16 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NUL byte: this is a binary file, not </source>
        <translation>NUL 字节：这是二进制文件，而不是</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invalid UTF-8 (byte %1); the file may be Latin-1 or Windows-1252: save it as UTF-8</source>
        <translation>无效的 UTF-8（字节 %1）；文件可能是 Latin-1 或 Windows-1252 编码：请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../core/data/utf8_text.h" line="+20"/>
        <source>delimited text</source>
        <translation>带分隔符的文本</translation>
    </message>
    <message>
        <location filename="../../core/data/vocabulary.cpp" line="-80"/>
        <source>%1 is the %2th different character: a vocabulary holds at most %2 symbols, the unknown one included; use a text with fewer different characters</source>
        <translation>%1 是第 %2 个不同的字符：词表最多容纳 %2 个符号（包括未知符号）；请使用不同字符更少的文本</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>[0] must be &quot;&quot;, the unknown symbol</source>
        <translation>[0] 必须是 &quot;&quot;，即未知符号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has %1 symbols, at most %2 are allowed</source>
        <translation>有 %1 个符号，最多只允许 %2 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be one character, not &quot;%1&quot;</source>
        <translation>必须是单个字符，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of order: the symbols increase by code point</source>
        <translation>%1 的顺序不对：符号必须按码位递增</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1：不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2, column %3: %4 is not in the vocabulary (the text the network learned from has no such character)</source>
        <translation>%1，第 %2 行，第 %3 列：%4 不在词表中（网络学习的文本里没有这个字符）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, column %2: %3 is not in the vocabulary (the text the network learned from has no such character)</source>
        <translation>%1，第 %2 列：%3 不在词表中（网络学习的文本里没有这个字符）</translation>
    </message>
    <message>
        <location filename="../../core/data/wide_table.cpp" line="+91"/>
        <source>&apos;%1&apos; is not a year after %2: a %3 table has one row per year, in order</source>
        <translation>&apos;%1&apos; 不是 %2 之后的年份：%3 表每年一行，按顺序排列</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A year × month table (%1 and %2 … %3): read as one series</source>
        <translation>年 × 月表（%1 和 %2 … %3）：读成一个序列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A year × quarter table (%1 and %2 … %3): read as one series</source>
        <translation>年 × 季度表（%1 和 %2 … %3）：读成一个序列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 to %2</source>
        <translation>，%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../core/data/windowed_dataset.cpp" line="+19"/>
        <source>window mode &apos;%1&apos; is not one of: many_to_one, many_to_many</source>
        <translation>窗口模式“%1”不在可选项中：many_to_one、many_to_many</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target kind &apos;%1&apos; is not one of: regression, classification</source>
        <translation>目标类型“%1”不在可选项中：regression、classification</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>window: must be at least 1 step, got %1</source>
        <translation>window：至少为 1 步，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>horizon: must be 0 or more, got %1</source>
        <translation>horizon：必须为 0 或更大，实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stride: must be at least 1, got %1</source>
        <translation>stride：至少为 1，实际为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window + horizon = %1 rows, but the series has only %2 rows</source>
        <translation>窗口 + 预测步长 = %1 行，但序列只有 %2 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>classification target &apos;%1&apos;: %2 holds %3; classes must be whole numbers from 0 to %4</source>
        <translation>分类目标“%1”：%2 的值为 %3；类别必须是 0 到 %4 的整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>classification target &apos;%1&apos; holds only class 0; at least two classes are needed</source>
        <translation>分类目标“%1”只有类别 0；至少需要两个类别</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the train part has no rows; give it a larger fraction</source>
        <translation>训练部分没有任何行；请给它更大的比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the validation part has no rows; give it a larger fraction</source>
        <translation>验证部分没有任何行；请给它更大的比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the test part has no rows; give it a larger fraction</source>
        <translation>测试部分没有任何行；请给它更大的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the train part (rows %1 to %2, %3 rows)</source>
        <translation>训练部分（第 %1 到 %2 行，共 %3 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the validation part (rows %1 to %2, %3 rows)</source>
        <translation>验证部分（第 %1 到 %2 行，共 %3 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the test part (rows %1 to %2, %3 rows)</source>
        <translation>测试部分（第 %1 到 %2 行，共 %3 行）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the validation and test parts were given at least %1 windows each, the fewest for a meaningful error</source>
        <translation>验证部分和测试部分各至少分到了 %1 个窗口，这是得到有意义误差所需的最少数量</translation>
    </message>
    <message>
        <location line="-33"/>
        <source> is shorter than window + horizon = %1 rows; shorten the window or give training a larger fraction</source>
        <translation>比窗口 + 预测步长 = %1 行还短；请缩短窗口，或给训练部分更大的比例</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> is shorter than the window of %1 steps, whose every step it predicts; shorten the window or give this part a larger fraction</source>
        <translation>比 %1 步的窗口还短，而窗口的每一步都要预测；请缩短窗口，或给这一部分更大的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> has no rows to predict; give it a larger fraction</source>
        <translation>没有可以预测的行；请给它更大的比例</translation>
    </message>
    <message>
        <location filename="../../core/io/atomic_file.cpp" line="+15"/>
        <location line="+13"/>
        <source>cannot save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../core/io/autosave.cpp" line="+105"/>
        <source>cannot create the recovery folder</source>
        <translation>无法创建恢复文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write in the recovery folder</source>
        <translation>无法写入恢复文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every one of the %1 autosave slots holds a recovery: open or discard them</source>
        <translation>全部 %1 个自动保存槽位都存着待恢复的运行：请打开或丢弃它们</translation>
    </message>
    <message>
        <location filename="../../core/io/data_json.cpp" line="+135"/>
        <source> must have either &quot;path&quot; (a text file) or &quot;bundled&quot; (a bundled text)</source>
        <translation> 必须有 &quot;path&quot;（文本文件）或 &quot;bundled&quot;（内置文本）之一</translation>
    </message>
    <message>
        <location line="+41"/>
        <source> must have either &quot;path&quot; (a labelled file) or &quot;bundled&quot; (a bundled set)</source>
        <translation> 必须有 &quot;path&quot;（带标签的文件）或 &quot;bundled&quot;（内置数据）之一</translation>
    </message>
    <message>
        <location line="+80"/>
        <source> must hold one array per name (%1), got %2</source>
        <translation> 必须为每个名称各给一个数组（%1 个），实际为 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> has %1 values, column 0 has %2</source>
        <translation> 有 %1 个值，而第 0 列有 %2 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> must name at least one column</source>
        <translation> 必须至少指定一列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> has %1 labels for %2 rows</source>
        <translation> 有 %1 个标签，但有 %2 行</translation>
    </message>
    <message>
        <location filename="../../core/io/experiment_file.cpp" line="+43"/>
        <source> is missing: a run in progress (training.state) needs the weights it reached</source>
        <translation> 缺失：进行中的运行（training.state）需要它当时的权重</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>the experiment has no &quot;data&quot; section: choose data to train on</source>
        <translation>实验没有 &quot;data&quot; 部分：请选择用来训练的数据</translation>
    </message>
    <message>
        <location filename="../../core/io/input_file.cpp" line="+29"/>
        <source>the file is %1, more than the %2 this reader accepts</source>
        <translation>文件大小为 %1，超过了读取上限 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+24"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>是命名管道（FIFO），不是普通文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a character device, not a regular file</source>
        <translation>是字符设备，不是普通文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a block device, not a regular file</source>
        <translation>是块设备，不是普通文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket, not a regular file</source>
        <translation>是套接字，不是普通文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file grew beyond the %1 this reader accepts while it was read</source>
        <translation>文件在读取过程中增大，超过了读取上限 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/json_document.cpp" line="+3"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>文件是 UTF-16 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a NUL byte: this is a binary file (or UTF-16 text), not JSON</source>
        <translation>NUL 字节：这是二进制文件（或 UTF-16 文本），不是 JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (malformed or out of range)</source>
        <translation>（格式错误或超出范围）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the file is not UTF-8: save it as UTF-8)</source>
        <translation>（文件不是 UTF-8：请另存为 UTF-8）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top level must be a JSON object, got an array</source>
        <translation>最外层必须是 JSON 对象，实际是数组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is given twice (first at line %2, column %3); remove one of them</source>
        <translation>%1 出现了两次（第一次在第 %2 行第 %3 列）；请删除其中一个</translation>
    </message>
    <message>
        <location filename="../../core/io/json_fields.cpp" line="+115"/>
        <source> must be between %1 and %2, got %3</source>
        <translation> 必须在 %1 到 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+8"/>
        <source> must be an integer, got </source>
        <translation> 必须是整数，实际为 </translation>
    </message>
    <message>
        <location line="+29"/>
        <source> must be a finite number, got </source>
        <translation> 必须是有限数，实际为 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> must be a string, got </source>
        <translation> 必须是字符串，实际为 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> must be true or false, got </source>
        <translation> 必须是 true 或 false，实际为 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> must be an object, got </source>
        <translation> 必须是对象，实际为 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> must be an array, got </source>
        <translation> 必须是数组，实际为 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> is missing</source>
        <translation> 缺失</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>: unknown field (expected %1)</source>
        <translation>：未知字段（应为 %1 之一）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> must be &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation> 必须是 &quot;%1&quot;，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../core/io/model_file.cpp" line="+66"/>
        <source>for output_size %1 and hidden_size %2</source>
        <translation>因为 output_size 为 %1、hidden_size 为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for output_size %1</source>
        <translation>因为 output_size 为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for vocab_size %1 and embedding_size %2</source>
        <translation>因为 vocab_size 为 %1、embedding_size 为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1 with hidden_size %2</source>
        <translation>因为 %1 的 hidden_size 为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and embedding_size %1</source>
        <translation>、embedding_size 为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and vocab_size %1 (one-hot input)</source>
        <translation>、vocab_size 为 %1（独热输入）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and input_size %1</source>
        <translation>、input_size 为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> is %1, expected %2 </source>
        <translation> 为 %1，应为 %2，</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> has %1 values, expected %2 for shape %3</source>
        <translation> 有 %1 个值，形状 %3 需要 %2 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>: unknown tensor (num_layers %1 expects %2rnn.*_l0 to rnn.*_l%3, fc.weight and fc.bias)</source>
        <translation>：未知的张量（num_layers 为 %1 时应为 %2rnn.*_l0 到 rnn.*_l%3、fc.weight 和 fc.bias）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: unknown tensor (num_layers %1 expects %2rnn.*_l0, fc.weight and fc.bias)</source>
        <translation>：未知的张量（num_layers 为 %1 时应为 %2rnn.*_l0、fc.weight 和 fc.bias）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> is %1, but this RNN Lab reads only version %2 (was the file written by a newer RNN Lab?)</source>
        <translation> 为 %1，但这个版本的 RNN Lab 只能读取版本 %2（这个文件是不是由更新的 RNN Lab 写的？）</translation>
    </message>
    <message>
        <location filename="../../core/io/training_json.cpp" line="+78"/>
        <source> must hold two numbers (%1)</source>
        <translation> 必须包含两个数（%1）</translation>
    </message>
    <message>
        <location line="+116"/>
        <source> must be 1 to 16 hexadecimal digits, got &quot;%1&quot;</source>
        <translation> 必须是 1 到 16 位十六进制数字，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> must be hexadecimal digits, got &quot;%1&quot;</source>
        <translation> 必须是十六进制数字，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+177"/>
        <source> must hold at least %1 numbers</source>
        <translation> 至少要包含 %1 个数</translation>
    </message>
    <message>
        <location line="+176"/>
        <source> must hold 4 hexadecimal words</source>
        <translation> 必须包含 4 个十六进制字</translation>
    </message>
    <message>
        <location filename="../../core/lessons/lesson.cpp" line="+71"/>
        <source>unknown check &apos;%1&apos; (expected %2)</source>
        <translation>未知的检查“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown selection &apos;%1&apos; (expected %2)</source>
        <translation>未知的选择“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: no run is labelled &apos;%1&apos; (runs: none)</source>
        <translation>：没有标签为“%1”的运行（运行：无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: no run is labelled &apos;%1&apos; (runs: %2)</source>
        <translation>：没有标签为“%1”的运行（运行：%2）</translation>
    </message>
    <message>
        <location filename="../../core/lessons/lesson_catalog.cpp" line="+15"/>
        <source>folder not found</source>
        <translation>找不到文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>holds the lesson &apos;%1&apos;: name the file %2</source>
        <translation>存放的是课程“%1”：请把文件命名为 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no lesson is called &apos;%1&apos; (lessons: none)</source>
        <translation>没有名为“%1”的课程（课程：无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lesson is called &apos;%1&apos; (lessons: %2)</source>
        <translation>没有名为“%1”的课程（课程：%2）</translation>
    </message>
    <message>
        <location filename="../../core/nn/network_config.cpp" line="+7"/>
        <source>relu applies only to cell rnn (%1 has fixed sigmoid and tanh activations)</source>
        <translation>relu 只适用于 rnn 单元（%1 使用固定的 sigmoid 和 tanh 激活函数）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 applies only to input symbols (this network&apos;s input is real)</source>
        <translation>%1 只适用于符号输入（这个网络的输入是实数）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>input_size must be 1 (one symbol index per step) for input symbols, got %1</source>
        <translation>符号输入时 input_size 必须为 1（每步一个符号索引），实际为 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>output_size must be at least 2 (one output per class) for cross_entropy</source>
        <translation>使用 cross_entropy 时 output_size 至少为 2（每个类别一个输出）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hidden_size %1 with num_layers %2, vocab_size %3 and embedding_size %4</source>
        <translation>hidden_size 为 %1、num_layers 为 %2、vocab_size 为 %3、embedding_size 为 %4 的网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hidden_size %1 with num_layers %2</source>
        <translation>hidden_size 为 %1、num_layers 为 %2 的网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> makes %1 parameters (cell %2), more than the %3 that fit in memory for training: reduce hidden_size or num_layers</source>
        <translation> 共有 %1 个参数（%2 单元），超过了训练时内存能容纳的 %3 个：请减小 hidden_size 或 num_layers</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown cell &apos;%1&apos; (expected rnn, lstm or gru)</source>
        <translation>未知的单元“%1”（应为 rnn、lstm 或 gru）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown nonlinearity &apos;%1&apos; (expected tanh or relu)</source>
        <translation>未知的非线性函数“%1”（应为 tanh 或 relu）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown output &apos;%1&apos; (expected last or sequence)</source>
        <translation>未知的输出方式“%1”（应为 last 或 sequence）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown loss &apos;%1&apos; (expected mse or cross_entropy)</source>
        <translation>未知的损失函数“%1”（应为 mse 或 cross_entropy）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown input &apos;%1&apos; (expected real or symbols)</source>
        <translation>未知的输入类型“%1”（应为 real 或 symbols）</translation>
    </message>
    <message>
        <location filename="../../core/optim/initializers.cpp" line="+38"/>
        <source>unknown initialiser &apos;%1&apos; (expected pytorch, xavier, orthogonal or identity)</source>
        <translation>未知的初始化方法“%1”（应为 pytorch、xavier、orthogonal 或 identity）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot scale %1 gate block %2 to spectral radius %3: its spectral radius is %4</source>
        <translation>无法把 %1 的第 %2 个门块缩放到谱半径 %3：它的谱半径是 %4</translation>
    </message>
    <message>
        <location filename="../../core/optim/lr_schedule.cpp" line="+42"/>
        <source>unknown learning-rate schedule &apos;%1&apos; (expected constant, step or cosine)</source>
        <translation>未知的学习率调度“%1”（应为 constant、step 或 cosine）</translation>
    </message>
    <message>
        <location filename="../../core/optim/optimizer.cpp" line="+48"/>
        <source>nesterov momentum requires momentum &gt; 0 and dampening 0, got momentum %1 and dampening %2</source>
        <translation>nesterov 动量要求 momentum &gt; 0 且 dampening 为 0，实际 momentum 为 %1，dampening 为 %2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>unknown optimizer &apos;%1&apos; (expected sgd, adam, rmsprop or adagrad)</source>
        <translation>未知的优化器“%1”（应为 sgd、adam、rmsprop 或 adagrad）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>step must be non-negative, got %1</source>
        <translation>step 必须是非负数，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>buffers: unknown buffer &apos;%1&apos; for %2 (expected %3)</source>
        <translation>buffers：%2 没有缓冲区“%1”（应为 %3 之一）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> has %1 values, expected %2 (one per parameter)</source>
        <translation> 有 %1 个值，应为 %2 个（每个参数一个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> is missing: %1 writes it at every step, and the state is at step %2</source>
        <translation> 缺失：%1 每一步都会写入它，而状态已经在第 %2 步</translation>
    </message>
    <message>
        <location filename="../../core/train/data_source.cpp" line="+29"/>
        <source>unknown data source &apos;%1&apos; (expected generator, bundled, csv, text or labelled)</source>
        <translation>未知的数据来源“%1”（应为 generator、bundled、csv、text 或 labelled）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 generator</source>
        <translation>%1 生成器</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>use a shorter text</source>
        <translation>请使用更短的文本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>use fewer lines</source>
        <translation>请减少行数</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 makes separate sequences, not one series</source>
        <translation>%1 生成的是一组独立的序列，而不是一个序列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a text gives characters to predict, not a series of numbers</source>
        <translation>文本提供的是要预测的字符，而不是一列数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>labelled data gives sequences to classify, not a series of numbers</source>
        <translation>带标签的数据提供的是要分类的序列，而不是一列数字</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (seed %2)</source>
        <translation>%1（种子 %2）</translation>
    </message>
    <message>
        <location filename="../../core/train/divergence.cpp" line="+7"/>
        <source>Training diverged at step %1 (epoch %2): </source>
        <translation>训练在第 %1 步（第 %2 轮）发散：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights after step %1, the last with a sound loss, were restored.</source>
        <translation>已恢复第 %1 步之后的权重，那是损失最后一次正常的时候。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The initial weights were restored.</source>
        <translation>已恢复初始权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Hint: </source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../core/data/column_roles.cpp" line="-45"/>
        <location filename="../../core/data/wide_table.cpp" line="+2"/>
        <location filename="../../core/train/divergence.cpp" line="+2"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../core/train/forecast.cpp" line="+51"/>
        <source>the target is a class, not a value to feed back</source>
        <translation>目标是类别，不是可以反馈回去的数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed-loop forecasts need many-to-one windows</source>
        <translation>闭环预测需要多对一（many-to-one）窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed-loop forecasts need horizon 1</source>
        <translation>闭环预测需要预测步长为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed-loop forecasts need the target to be the only input (its predictions are fed back as the next input)</source>
        <translation>闭环预测需要目标是唯一的输入（它的预测值会作为下一步的输入反馈回去）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a closed-loop forecast of the train part needs %1 rows before it</source>
        <translation>训练部分的闭环预测需要它前面有 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a closed-loop forecast of the validation part needs %1 rows before it</source>
        <translation>验证部分的闭环预测需要它前面有 %1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a closed-loop forecast of the test part needs %1 rows before it</source>
        <translation>测试部分的闭环预测需要它前面有 %1 行</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no rows after the training part to forecast</source>
        <translation>训练部分之后没有可以预测的行</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the data is a set of separate sequences, not one series</source>
        <translation>数据是一组独立的序列，而不是一个序列</translation>
    </message>
    <message>
        <location filename="../../core/train/trainer.cpp" line="+27"/>
        <source>network.input: &quot;symbols&quot; needs symbol data, but the data section gives real-valued series: use &quot;input&quot;: &quot;real&quot;</source>
        <translation>network.input：&quot;symbols&quot; 需要符号数据，但 data 部分给的是实数序列：请使用 &quot;input&quot;: &quot;real&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>network.input: the data gives symbols (a vocabulary of %1): use &quot;input&quot;: &quot;symbols&quot; with vocab_size %1</source>
        <translation>network.input：数据给的是符号（词表大小为 %1）：请使用 &quot;input&quot;: &quot;symbols&quot;，并设 vocab_size 为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network.vocab_size is %1 but the data has a vocabulary of %2 symbols</source>
        <translation>network.vocab_size 为 %1，但数据的词表有 %2 个符号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network has input size %1 but the data has %2 input columns</source>
        <translation>网络的输入大小为 %1，但数据有 %2 个输入列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the network has output size %1 but the data needs %2 (one per class)</source>
        <translation>网络的输出大小为 %1，但数据需要 %2 个（每个类别一个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the network has output size %1 but the data needs %2</source>
        <translation>网络的输出大小为 %1，但数据需要 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data has a target at every step: use output &quot;sequence&quot;</source>
        <translation>数据在每一步都有目标：请使用输出方式 &quot;sequence&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data has one target per sample: use output &quot;last&quot;</source>
        <translation>数据每个样本只有一个目标：请使用输出方式 &quot;last&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data&apos;s target is a class: use the cross_entropy loss</source>
        <translation>数据的目标是类别：请使用 cross_entropy 损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data&apos;s target is a number: use the mse loss</source>
        <translation>数据的目标是数值：请使用 mse 损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the training part of the data has no samples: shorten the window or give training a larger fraction</source>
        <translation>数据的训练部分没有样本：请缩短窗口，或给训练部分更大的比例</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training the %1 network (num_layers %2, hidden_size %3)</source>
        <translation>训练 %1 网络（num_layers %2，hidden_size %3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the update made %1 non-finite</source>
        <translation>这次更新使 %1 变成了非有限值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the gradient of %1 became </source>
        <translation>%1 的梯度变成了 </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the loss became </source>
        <translation>损失变成了 </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source> (largest gradient: %1)</source>
        <translation>（梯度最大的参数：%1）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the loss jumped to %1, %2 times the first step&apos;s %3</source>
        <translation>损失跃升到 %1，是第一步 %3 的 %2 倍</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>lower the learning rate (now %1) or the gradient clipping threshold (now %2)</source>
        <translation>降低学习率（当前为 %1）或梯度裁剪阈值（当前为 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lower the learning rate (now %1) or turn on gradient clipping</source>
        <translation>降低学习率（当前为 %1）或开启梯度裁剪</translation>
    </message>
    <message>
        <location filename="../../core/train/training_settings.cpp" line="+18"/>
        <source>divergence factor must be 0 (off) or above 1, got %1</source>
        <translation>发散系数必须为 0（关闭）或大于 1，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../core/data/labelled_dataset.cpp" line="+29"/>
        <source>there are no labelled lines: nothing to learn from</source>
        <translation>没有带标签的行：没有可以学习的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every label is &apos;%1&apos;: classification needs at least two classes</source>
        <translation>所有标签都是“%1”：分类至少需要两个类别</translation>
    </message>
    <message>
        <location filename="../../core/data/labelled_sequences.cpp" line="-89"/>
        <source>no value column: a sequence needs at least one column of values beside the id and the label</source>
        <translation>没有数值列：除了 id 和标签之外，序列至少还需要一列数值</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the sequence id is empty</source>
        <translation>序列 id 是空的</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the label &apos;%1&apos; changes within sequence &apos;%2&apos; (labelled &apos;%3&apos; on line %4)</source>
        <translation>标签“%1”在序列“%2”中发生了变化（它在第 %4 行的标签是“%3”）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sequence &apos;%1&apos; continues here after other rows (it began on line %2): the rows of a sequence must be together</source>
        <translation>序列“%1”在其他行之后又在这里继续（它从第 %2 行开始）：同一序列的行必须放在一起</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/data/labelled_text.cpp" line="-41"/>
        <source>the label is empty</source>
        <translation>标签是空的</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>sequence &apos;%1&apos; has %2 rows, the first (&apos;%3&apos;, line %4) has %5: every sequence needs the same number of steps</source>
        <translation>序列“%1”有 %2 行，而第一个序列（“%3”，第 %4 行）有 %5 行：每个序列的步数必须相同</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the split leaves no sequence for training (%1 sequences)</source>
        <translation>划分后没有留给训练的序列（共 %1 个序列）</translation>
    </message>
    <message>
        <location filename="../../core/data/labelled_table.cpp" line="+26"/>
        <source>no column &apos;%1&apos; for %2 (the header names %3)</source>
        <translation>%2 没有名为“%1”的列（标题行中的列为 %3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty: there are no labelled rows</source>
        <translation>文件是空的：没有带标签的行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cells, the header has %2</source>
        <translation>有 %1 个单元格，而标题行有 %2 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header is the only row: there are no labelled rows</source>
        <translation>只有标题行：没有带标签的行</translation>
    </message>
    <message>
        <location filename="../../core/data/sequence_dataset.cpp" line="+29"/>
        <source>split: %1 sequences leave none for training</source>
        <translation>split：%1 个序列中没有留给训练的</translation>
    </message>
    <message>
        <location filename="../../core/data/symbol_generators.cpp" line="+100"/>
        <source>length must be even (every bracket opened is closed), got %1</source>
        <translation>长度必须是偶数（每个打开的括号都要闭合），实际为 %1</translation>
    </message>
    <message>
        <location filename="../../core/train/memory_budget.cpp" line="+32"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> × %1 bytes</source>
        <translation> × %1 字节</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the generated series</source>
        <translation>生成的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+46"/>
        <location line="+22"/>
        <source>copies</source>
        <translation>副本数</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>the generated symbols and targets</source>
        <translation>生成的符号和目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>sequences</source>
        <translation>序列数</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+56"/>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>inputs and targets</source>
        <translation>输入与目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the generated inputs</source>
        <translation>生成的输入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steps (delay + 1)</source>
        <translation>步数（delay + 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <location line="+19"/>
        <source>values</source>
        <translation>数值个数</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the generated targets</source>
        <translation>生成的目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>values per sample and step</source>
        <translation>每个样本每步的数值个数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one training batch through the network</source>
        <translation>通过网络的一个训练批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>batch_size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one evaluation chunk</source>
        <translation>一个评估分块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the parameters, their gradients and optimizer state</source>
        <translation>参数、参数的梯度和优化器状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>parameters</source>
        <translation>参数个数</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the one-hot input tables of the training and evaluation passes</source>
        <translation>训练和评估时独热输入的查找表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passes</source>
        <translation>遍数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the traced sequence</source>
        <translation>被追踪的序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>values per step</source>
        <translation>每步的数值个数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parameters and their gradients</source>
        <translation>参数和参数的梯度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the one-hot input tables of the pass</source>
        <translation>这一次计算中独热输入的查找表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a size (for example 4G, 512M or a number of bytes)</source>
        <translation>&apos;%1&apos; 不是大小（例如 4G、512M 或字节数）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown physical memory</source>
        <translation>未知的物理内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half of this machine&apos;s %1; %2 sets another</source>
        <translation>这台机器 %1 内存的一半；可用 %2 另行设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> needs about %1 of memory, more than the budget of %2</source>
        <translation>需要约 %1 内存，超过了预算 %2</translation>
    </message>
    <message>
        <location filename="../../core/train/sequence_tracing.cpp" line="+35"/>
        <source>the input must have %1 value(s) per step and at least one step</source>
        <translation>输入每一步必须有 %1 个值，并且至少有一步</translation>
    </message>
    <message>
        <location filename="../../core/train/text_sampling.cpp" line="-12"/>
        <source>network.input: writing text needs a network with input &quot;symbols&quot;</source>
        <translation>network.input：生成文本需要输入为 &quot;symbols&quot; 的网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the network has vocab_size %1 and output_size %2, but the vocabulary has %3 symbols: both must be the vocabulary&apos;s size</source>
        <translation>网络的 vocab_size 为 %1，output_size 为 %2，但词表有 %3 个符号：两者都必须等于词表的大小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>temperature must be between 0 (greedy) and 100</source>
        <translation>temperature 必须在 0（贪心）到 100 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top_k must be 0 (every character) or more</source>
        <translation>top_k 必须为 0（所有字符）或更大</translation>
    </message>
    <message>
        <location filename="../../core/lessons/lesson_file.cpp" line="+41"/>
        <source> is missing: a lesson needs data to train on</source>
        <translation> 缺失：课程需要用来训练的数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: a lesson starts a fresh run, without state</source>
        <translation>：课程从一次全新的运行开始，不能带有状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> must name at least one view</source>
        <translation> 必须至少指定一个视图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: unknown view &apos;%1&apos; (expected %2)</source>
        <translation>：未知的视图“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: view &apos;%1&apos; is listed twice</source>
        <translation>：视图“%1”列出了两次</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../core/lessons/quiz_file.cpp" line="+95"/>
        <source> must not be empty</source>
        <translation> 不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: another run is already labelled &apos;%1&apos;</source>
        <translation>：已经有另一个运行的标签是“%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> must hold at least one step</source>
        <translation> 必须至少包含一个步骤</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>: &apos;%1&apos; is not one of the lesson&apos;s views (%2)</source>
        <translation>：“%1”不是本课程的视图之一（%2）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>: %1 is more than the %2 seeds the check trains (&quot;seeds&quot;)</source>
        <translation>：%1 超过了检查所训练的 %2 个种子（&quot;seeds&quot;）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> must be one sentence, ending in &apos;.&apos;, &apos;?&apos; or &apos;!&apos;</source>
        <translation> 必须是一句话，以 &apos;.&apos;、&apos;?&apos; 或 &apos;!&apos; 结尾</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> is %1, but this RNN Lab reads only version %2 (was the lesson written for a newer RNN Lab?)</source>
        <translation> 为 %1，但这个版本的 RNN Lab 只能读取版本 %2（这个课程是不是为更新的 RNN Lab 编写的？）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> must be lower-case letters, digits and dashes, got &quot;%1&quot;</source>
        <translation> 只能包含小写字母、数字和短横线，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>: the compare view needs at least two runs (&quot;runs&quot;)</source>
        <translation>：比较视图至少需要两个运行（&quot;runs&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/lessons/lesson_translation.cpp" line="+50"/>
        <source> must not be empty (leave it out instead)</source>
        <translation> 不能为空（不需要时请直接省略）</translation>
    </message>
    <message>
        <location filename="../../core/lessons/quiz_file.cpp" line="-52"/>
        <source>: the %1 cell has no gate &apos;%2&apos; (gates: none)</source>
        <translation>：%1 单元没有门“%2”（门：无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: the %1 cell has no gate &apos;%2&apos; (gates: %3)</source>
        <translation>：%1 单元没有门“%2”（门：%3）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+52"/>
        <source> must be above 0</source>
        <translation> 必须大于 0</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>: lowest_final_loss compares runs: the lesson needs two or more</source>
        <translation>：lowest_final_loss 要比较多个运行：课程至少需要两个运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>: %1 needs a cell with gates (lstm or gru)</source>
        <translation>：%1 需要带门的单元（lstm 或 gru）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>: %1 is answered by %2, not %3</source>
        <translation>：%1 的回答方式是 %2，而不是 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: only a number the query computes has a tolerance (%1 is answered exactly)</source>
        <translation>：只有问题计算出的数值才有容差（%1 需要精确回答）</translation>
    </message>
    <message>
        <location filename="../../core/data/time_axis.cpp" line="+533"/>
        <source>an index</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates and times</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../core/train/trainer_state_check.cpp" line="+41"/>
        <source> is %1, after the run&apos;s step (%2.step is %3)</source>
        <translation> 为 %1，在运行的步数之后（%2.step 为 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> is %1, before the step %2 of the row above</source>
        <translation> 为 %1，在上一行的第 %2 步之前</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> has 1 layer, the network has %2</source>
        <translation> 有 1 层，而网络有 %2 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> has %1 layers, the network has %2</source>
        <translation> 有 %1 层，而网络有 %2 层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> has %1 values, expected %2 (</source>
        <translation> 有 %1 个值，应为 %2 个（</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>.epochs_without_improvement is %1, more than the %2 epochs done (%3.epoch)</source>
        <translation>.epochs_without_improvement 为 %1，超过了已完成的 %2 轮（%3.epoch）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>.optimizer.step is %1, more than the run&apos;s %2 steps (%3.step)</source>
        <translation>.optimizer.step 为 %1，超过了运行的 %2 步（%3.step）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.best_weights has %1 values, expected %2 (one per parameter of the network)</source>
        <translation>.best_weights 有 %1 个值，应为 %2 个（网络的每个参数一个）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.rng.s: all four words are 0, a state the generator never reaches (it would draw 0 forever)</source>
        <translation>.rng.s：四个字全为 0，这是生成器永远不会达到的状态（它会一直生成 0）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>.epoch is %1, but the run has finished 1 epoch, numbered from 0 (%2.epoch is %3)</source>
        <translation>.epoch 为 %1，但运行只完成了 1 轮，轮次从 0 开始编号（%2.epoch 为 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.epoch is %1, but the run has finished %3 epochs, numbered from 0 (%2.epoch is %3)</source>
        <translation>.epoch 为 %1，但运行只完成了 %3 轮，轮次从 0 开始编号（%2.epoch 为 %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.epoch is %1, not after the epoch %2 of the record above</source>
        <translation>.epoch 为 %1，不在上一条记录的第 %2 轮之后</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[1] (the epoch) is %1, after the run&apos;s epoch %2</source>
        <translation>[1]（轮次）为 %1，在运行的第 %2 轮之后</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> has 1 norm after the step, expected %2 (one per weight tensor of the network)</source>
        <translation> 在这一步之后有 1 个范数，应为 %2 个（网络的每个权重张量一个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> has %1 norms after the step, expected %2 (one per weight tensor of the network)</source>
        <translation> 在这一步之后有 %1 个范数，应为 %2 个（网络的每个权重张量一个）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>one per gate block of the cell</source>
        <translation>单元的每个门块一个</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> has %1 time steps, but the data&apos;s samples have %2</source>
        <translation> 有 %1 个时间步，但数据的样本有 %2 个</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> is %1, beyond the float32 range (about ±3.4e38) the trainer computes in</source>
        <translation> 为 %1，超出了训练器计算所用的 float32 范围（约 ±3.4e38）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>.samples_done is %1, but the epoch has not begun (%2 is empty): expected 0</source>
        <translation>.samples_done 为 %1，但这一轮还没有开始（%2 为空）：应为 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> lists %1 samples, but the data has %2 training samples</source>
        <translation> 列出了 %1 个样本，但数据有 %2 个训练样本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>: sample %1 is not one of the %2 training samples</source>
        <translation>：样本 %1 不是这 %2 个训练样本之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: sample %1 is listed twice (also at order[%2])</source>
        <translation>：样本 %1 列出了两次（也在 order[%2]）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.samples_done is %1, but the epoch has only %2 training samples: an epoch in progress has used fewer (a finished one has an empty order)</source>
        <translation>.samples_done 为 %1，但这一轮只有 %2 个训练样本：进行中的一轮用过的样本应少于此数（已完成的一轮 order 为空）</translation>
    </message>
    <message>
        <location filename="../../core/train/text_reading.cpp" line="+22"/>
        <source>the network is not a character model of this text (it must read its %1 symbols and guess the next one at every step)</source>
        <translation>该网络不是此文本的字符模型（它必须读入文本的 %1 个符号，并在每一步猜下一个符号）</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the text to read must have 1 to %1 characters (it has %2)</source>
        <translation>要读的文本必须有 1 到 %1 个字符（现在有 %2 个）</translation>
    </message>
    <message>
        <location filename="../../core/train/neuron_search.cpp" line="+120"/>
        <source>layer %1 does not exist (the network&apos;s layers are 1 to %2)</source>
        <translation>第 %1 层不存在（网络的层是第 1 到第 %2 层）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only an LSTM has a cell state c: this network has none</source>
        <translation>只有 LSTM 有细胞状态 c：这个网络没有</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>gate %1 does not exist (the cell has %2)</source>
        <translation>门 %1 不存在（这种单元有 %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the selection covers %1 characters, the text has %2</source>
        <translation>选择覆盖 %1 个字符，而文本有 %2 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing is selected: select some characters to compare with the others</source>
        <translation>什么也没有选中：请选一些字符来与其余字符比较</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every character is selected: leave some out to compare the selection with</source>
        <translation>所有字符都被选中了：请留出一些，用来与选中的部分比较</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui</name>
    <message>
        <location filename="../../ui/experiment/change_description.cpp" line="+20"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>RNN (ReLU)</source>
        <translation>RNN（ReLU）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RNN (tanh)</source>
        <translation>RNN（tanh）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipping threshold</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget-gate bias</source>
        <translation>遗忘门偏置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spectral radius</source>
        <translation>谱半径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Truncated BPTT</source>
        <translation>截断 BPTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon</source>
        <translation>预测步长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::AccuracyPlot</name>
    <message>
        <location filename="../../ui/views/accuracy_plot.cpp" line="+19"/>
        <source>Accuracy per epoch</source>
        <translation>每轮准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>correct classes (%)</source>
        <translation>正确分类（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ColumnsBox</name>
    <message>
        <location filename="../../ui/panels/columns_box.cpp" line="+15"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the network learns to predict.</source>
        <translation>网络学习预测的那一列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns the network reads at each step: the target alone at first, as in most forecasting; tick others to add them.</source>
        <translation>网络每一步读取的列：一开始只有目标列本身，大多数预测任务都是这样；勾选其他列即可加入。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first %1 of %2 columns are listed: name others in Load CSV…</source>
        <translation>只列出了 %2 列中的前 %1 列：其他列请在“加载 CSV…”中指定</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::CompareView</name>
    <message>
        <location filename="../../ui/compare/compare_view.cpp" line="+115"/>
        <source>diverged at step %1, weights of step %2 restored</source>
        <translation>在第 %1 步发散，已恢复第 %2 步的权重</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 step %2, training loss %3</source>
        <translation>%1 第 %2 步，训练损失 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done,</source>
        <translation>完成，</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, validation %1</source>
        <translation>，验证 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Play all</source>
        <translation>全部开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh weights from each run&apos;s seed</source>
        <translation>按每次运行的随机种子重新初始化权重</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seeds: </source>
        <translation>种子数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train each configuration with this many seeds side by side: the lines are the mean over the seeds, the bands span the lowest to the highest seed (min–max)</source>
        <translation>每种配置并排用这么多个随机种子训练：曲线是各种子的均值，带子从最低的种子延伸到最高的种子（最小–最大）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loss (solid: training, dashed: validation)</source>
        <translation>损失（实线：训练，虚线：验证）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss: at each step the mean over the last epoch&apos;s steps</source>
        <translation>训练损失：每一步取上一轮各步的平均值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gradient through time</source>
        <translation>随时间传播的梯度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (first layer)</source>
        <translation>%1（第一层）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Nothing to compare yet.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Train ▸ Compare RNN, LSTM and GRU&lt;/b&gt; (Ctrl+K) to train the three cells side by side on this data with this seed, or open a lesson from the &lt;b&gt;Lessons&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;还没有可对比的内容。&lt;/p&gt;&lt;p&gt;选择&lt;b&gt;训练 ▸ 对比 RNN、LSTM 和 GRU&lt;/b&gt;（Ctrl+K），用同样的数据和随机种子并排训练三种单元，或从&lt;b&gt;课程&lt;/b&gt;菜单打开一个课程。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loss and gradient</source>
        <translation>损失与梯度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connectivity</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: mean of %2 seeds, band min–max</source>
        <translation>%1：%2 个种子的均值，带为最小–最大</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one-step</source>
        <translation>单步预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free-running</source>
        <translation>自由运行</translation>
    </message>
    <message>
        <location line="+123"/>
        <source> (mean of %1 seeds)</source>
        <translation>（%1 个种子的均值）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ConnectivityComparison</name>
    <message>
        <location filename="../../ui/compare/connectivity_comparison.cpp" line="+43"/>
        <source>Validation window </source>
        <translation>验证窗口 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which window of the validation text the networks read</source>
        <translation>各网络读取验证文本的哪一个窗口</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Reading the window…</source>
        <translation>正在读取窗口…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a character in any strip to see how far back each network&apos;s prediction there reaches.</source>
        <translation>点击任一文本条中的字符，查看每个网络在那里的预测能回溯多远。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The text has no validation window: give the validation part a share of the text in the data settings.</source>
        <translation>该文本没有验证窗口：请在数据设置中给验证部分分配一部分文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connectivity to %1</source>
        <translation>到 %1 的连通性</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ConnectivityPanel</name>
    <message>
        <location filename="../../ui/text/connectivity_panel.cpp" line="+17"/>
        <location line="+68"/>
        <source>Connectivity</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>steps back from the character, t̃ − t</source>
        <translation>从该字符往回的步数，t̃ − t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖∂ log p(next) / ∂xₜ‖</source>
        <translation>‖∂ log p(下一个) / ∂xₜ‖</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>gₜ, gradient norm</source>
        <translation>gₜ，梯度范数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Connectivity to %1 · weights of step %2</source>
        <translation>到 %1 的连通性 · 第 %2 步的权重</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Each point: how much the character that many steps back moves log p of the true next character; a straight fall on this log axis is a vanishing gradient.</source>
        <translation>每个点：往回这么多步的那个字符对真实下一个字符的 log p 影响有多大；在这条对数坐标轴上呈直线下降，就是梯度消失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a character to see how strongly each character before it moves the network&apos;s prediction there.</source>
        <translation>点击一个字符，看它前面的每个字符对网络在那里的预测影响有多大。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ConnectivityStrips</name>
    <message>
        <location filename="../../ui/compare/connectivity_strips.cpp" line="+134"/>
        <source>Connectivity compared: %1</source>
        <translation>连通性对比：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+37"/>
        <source>· weights of step %1</source>
        <translation>· 第 %1 步的权重</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The networks have not read the text yet.</source>
        <translation>网络还没有读取这段文本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>g %1 (weights of step %2)</source>
        <translation>g %1（第 %2 步的权重）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::CsvImportDialog</name>
    <message>
        <location filename="../../ui/panels/csv_import_dialog.cpp" line="+14"/>
        <source>Load CSV – %1</source>
        <translation>加载 CSV – %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect (with ;)</source>
        <translation>自动检测（分号时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes: 3,14</source>
        <translation>是：3,14</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: 3.14</source>
        <translation>否：3.14</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One series</source>
        <translation>作为一个序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As columns</source>
        <translation>作为多列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refuse the file</source>
        <translation>拒绝该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop those rows</source>
        <translation>删除这些行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What separates the fields of a row. Detect looks at the first rows.</source>
        <translation>分隔一行中各字段的字符。“自动检测”会查看前几行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the first row holds column names. Detect decides from the first rows.</source>
        <translation>第一行是否为列名。“自动检测”根据前几行判断。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether numbers are written 3,14 (as many European spreadsheets do). Detect assumes so when fields are separated by semicolons.</source>
        <translation>数字是否写作 3,14（许多欧洲电子表格如此）。字段用分号分隔时，“自动检测”会这样假定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing markers</source>
        <translation>缺失值标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells that mean “no value”, separated by commas, in any case (empty cells always do). Spreadsheets write #N/A, statistics offices - or ., R NA.</source>
        <translation>表示“没有值”的单元格内容，用逗号分隔，不区分大小写（空单元格总是表示缺失）。电子表格写 #N/A，统计机构写 - 或 .，R 写 NA。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year × month table</source>
        <translation>年 × 月表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table with one row per year and a column per month (or quarter), like the airline passengers: read it as one series in time order (Detect does, when the header names the 12 months or 4 quarters), or as separate columns.</source>
        <translation>每年一行、每月（或每季度）一列的表格，例如航空乘客数据：可以按时间顺序读成一个序列（当表头是 12 个月或 4 个季度时，“自动检测”会这样做），也可以读成多个单独的列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time / label column</source>
        <translation>时间/标签列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column of dates or names that labels the rows (it is shown on the time axis, never fed to the network). Detect picks the first column of dates, months, years or an index (by its values), else the first text column.</source>
        <translation>为各行加标签的日期或名称列（显示在时间轴上，从不输入网络）。“自动检测”会选取第一个由日期、月份、年份或序号构成的列（依据其值），否则选第一个文本列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column the network learns to predict. Detect takes the last numeric column that is not a time axis (dates, years, an index).</source>
        <translation>网络学习预测的那一列。“自动检测”选取最后一个不是时间轴（日期、年份、序号）的数值列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns the network reads at each step. Tick none for the target alone, as in most forecasting; the data panel adds others with one tick.</source>
        <translation>网络每一步读取的列。都不勾选则只用目标列，大多数预测任务都是这样；数据面板中勾选一下即可加入其他列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do with empty, NA or NaN cells: refuse the file and say where, drop the rows that have them, or fill them in linearly from their neighbours.</source>
        <translation>如何处理空白、NA 或 NaN 单元格：拒绝该文件并指出位置、删除含缺失值的行，或用相邻值线性插值填补。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first %1 rows of the file, read with these settings.</source>
        <translation>按这些设置读取的文件前 %1 行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load</source>
        <translation>加载</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Read as %1, %2</source>
        <translation>按 %1 读取，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a header row</source>
        <translation>有标题行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>without a header row</source>
        <translation>无标题行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, decimal comma</source>
        <translation>，小数逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; label column “%1”</source>
        <translation>；标签列“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; 1 numeric column</source>
        <translation>；1 个数值列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; %1 numeric columns</source>
        <translation>；%1 个数值列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; 1 missing cell in these rows</source>
        <translation>；这些行中有 1 个缺失单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 missing cells in these rows</source>
        <translation>；这些行中有 %1 个缺失单元格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; text columns left out: %1</source>
        <translation>；未使用的文本列：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; a %1 table, read as columns</source>
        <translation>；一个 %1 表格，按多列读取</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>(detect)</source>
        <translation>（自动检测）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::DataPanel</name>
    <message>
        <location filename="../../ui/panels/data_panel.cpp" line="+100"/>
        <source>What the network learns from. Hover over an entry for what it is and where it comes from.</source>
        <translation>网络从中学习的数据。把鼠标停在某一项上，可以看到它是什么、来自哪里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load File</source>
        <translation>加载文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series (CSV)…</source>
        <translation>序列（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A series of your own: a CSV file with one row per time step (a date column is fine).</source>
        <translation>你自己的序列：每个时间步一行的 CSV 文件（可以有日期列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text for a Character Model…</source>
        <translation>字符模型的文本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any UTF-8 text (.txt), in any language: the network learns to predict its next character.</source>
        <translation>任何语言的 UTF-8 文本（.txt）：网络学习预测下一个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labelled Sentences…</source>
        <translation>带标签的句子…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences to classify: label&lt;TAB&gt;text lines (.tsv, .txt), or a CSV file with a label and a text column.</source>
        <translation>要分类的句子：每行“标签&lt;TAB&gt;文本”（.tsv、.txt），或带标签列和文本列的 CSV 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train on a file of your own: a series, a text or labelled sentences.</source>
        <translation>用你自己的文件训练：序列、文本或带标签的句子。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparation</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score</source>
        <translation>z 分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min-max to [0, 1]</source>
        <translation>最小-最大缩放到 [0, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescales every column with numbers from the training part only: z-score to mean 0 and deviation 1, min-max to [0, 1]. Plots and errors stay in the data&apos;s units.</source>
        <translation>只用训练部分的数据对每个数值列重新缩放：z 分数缩放到均值 0、标准差 1，最小-最大缩放到 [0, 1]。图表和误差仍使用数据本身的单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training part</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first part of the series, which the network learns from.</source>
        <translation>序列的开头部分，网络从中学习。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation part</source>
        <translation>验证部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the training part: it shows how well the network predicts data it never trained on. The rest is the test part.</source>
        <translation>紧接在训练部分之后：它显示网络对从未训练过的数据预测得有多好。剩下的是测试部分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test part</source>
        <translation>测试部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is left at the end, kept aside for a final check.</source>
        <translation>留在末尾的部分，留作最后的检验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows between the starts of two windows: 1 uses every window, larger strides use fewer, less overlapping ones.</source>
        <translation>相邻两个窗口起点之间的行数：1 表示使用每一个窗口，步幅越大，窗口越少、重叠越少。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated series</source>
        <translation>生成的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory tasks</source>
        <translation>记忆任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol tasks</source>
        <translation>符号任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Source: %2
Licence: %3</source>
        <translation>%1

来源：%2
许可：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1

Language: %2
Source: %3
Licence: %4</source>
        <translation>%1

语言：%2
来源：%3
许可证：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts (character models)</source>
        <translation>文本（字符模型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled sentences</source>
        <translation>带标签的句子</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your files</source>
        <translation>你的文件</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Load a Series</source>
        <translation>加载序列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a Text</source>
        <translation>加载文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 text (*.txt *.text *.md);;All files (*)</source>
        <translation>UTF-8 文本 (*.txt *.text *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load Labelled Sentences</source>
        <translation>加载带标签的句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled lines or CSV (*.tsv *.txt *.csv);;All files (*)</source>
        <translation>带标签的行或 CSV (*.tsv *.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 train, %2 validation, %3 test</source>
        <translation>训练 %1，验证 %2，测试 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows. </source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target “%1”, inputs %2. </source>
        <translation>目标“%1”，输入 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows of %1 steps: %2.</source>
        <translation>长度为 %1 步的窗口：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 characters, %3 different ones in the training part. Windows of %4 characters: %5. Knowing no context, a model needs %6 bits per character (the training part&apos;s entropy).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 个字符，训练部分有 %3 种不同字符。%4 个字符的窗口：%5。不知道上下文时，模型每个字符需要 %6 比特（训练部分的熵）。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n validation character(s) never occur in training.</source>
        <translation>
            <numerusform>验证部分有 %n 个字符从未在训练中出现。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 sequences of %3 steps: %4. Training classes: %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 个 %3 步的序列：%4。训练类别：%5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: sequences of %2 steps: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：长度为 %2 步的序列：%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;b&gt;⚠ %1&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;⚠ %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>分隔文本 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::DataView</name>
    <message>
        <location filename="../../ui/views/data_view.cpp" line="+33"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>one window: T = %1 steps</source>
        <translation>一个窗口：T = %1 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value it predicts</source>
        <translation>它要预测的值</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: inputs (normalised)</source>
        <translation>%1：输入（已归一化）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value (normalised)</source>
        <translation>值（已归一化）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a target at every step</source>
        <translation>每一步都有目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: one training sequence (%2)</source>
        <translation>%1：一个训练序列（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input value</source>
        <translation>输入值</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::DiagramPainter</name>
    <message>
        <location filename="../../ui/explorer/unrolled_diagram_painter.cpp" line="+158"/>
        <source>backward pass (BPTT): dL/dhₜ flows back from the loss</source>
        <translation>反向传播（BPTT）：dL/dhₜ 从损失向回流动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward pass: states fill in from t = 1</source>
        <translation>前向传播：状态从 t = 1 开始依次算出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 × %3 units · %4 · t = %5 / %6</source>
        <translation>%1 · %2 × %3 个单元 · %4 · t = %5 / %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, log scale</source>
        <translation>%1，对数坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no gradients: this sequence has no target</source>
        <translation>没有梯度：这个序列没有目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state size ‖hₜ‖/√H</source>
        <translation>状态大小 ‖hₜ‖/√H</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>…
%1 steps
…</source>
        <translation>…
%1 步
…</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::DivergenceBanner</name>
    <message>
        <location filename="../../ui/views/divergence_banner.cpp" line="+24"/>
        <source>Lower learning rate ×0.1 and continue</source>
        <translation>学习率 ×0.1 后继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides the learning rate by ten and trains on from the weights with the lowest loss so far.</source>
        <translation>把学习率除以十，从目前损失最低的权重继续训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on gradient clipping and continue</source>
        <translation>开启梯度裁剪后继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescales the gradient whenever its norm exceeds the clipping threshold, so that one steep step cannot throw the weights away, and trains on from the weights with the lowest loss so far.</source>
        <translation>梯度范数超过裁剪阈值时就把梯度缩放回阈值，这样一次陡峭的更新不会把权重甩得太远；从目前损失最低的权重继续训练。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Diverged again, at learning rate %1.</source>
        <translation>再次发散，学习率为 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverged again (%1 times after continuing), at learning rate %2.</source>
        <translation>再次发散（继续后第 %1 次），学习率为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next step: turn on gradient clipping, which bounds every step.</source>
        <translation>下一步：开启梯度裁剪，它限制每一步的更新幅度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step: lower the clipping threshold in the network builder, or press Stop to start over from fresh weights.</source>
        <translation>下一步：在网络构建器中降低裁剪阈值，或按“停止”从新的权重重新开始。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ExperimentController</name>
    <message>
        <location filename="../../ui/experiment/experiment_controller.cpp" line="+76"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the new network…</source>
        <translation>正在准备新网络…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the experiment…</source>
        <translation>正在打开实验…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (ReLU)</source>
        <translation>（ReLU）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (tanh)</source>
        <translation>（tanh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the new network: %1, %2 × %3 units, on %4…</source>
        <translation>正在准备新网络：%1，%2 × %3 个单元，数据为 %4…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 task sets the output mode and the loss</source>
        <translation>%1 任务决定了输出方式和损失函数</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remedy: %1</source>
        <translation>补救措施：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop: fresh weights</source>
        <translation>停止：重新初始化权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped: the weights are fresh from seed %1 (Undo brings the trained run back)</source>
        <translation>已停止：权重已按随机种子 %1 重新初始化（撤销可恢复训练过的运行）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>That run was trained, but it was too old to keep in memory: it starts again from fresh weights</source>
        <translation>那次运行已经训练过，但太久远，无法保留在内存中：将从新的权重重新开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is now %1 steps: %2 is too short for %3 in each part</source>
        <translation>窗口现在是 %1 步：%2 太短，无法在每个部分中容纳 %3</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+22"/>
        <source>Training starts as soon as the new network is ready</source>
        <translation>新网络准备好后立即开始训练</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>All %1 epochs are done: raise Epochs to train on, or press Stop to start again</source>
        <translation>全部 %1 轮都已完成：提高训练轮数可继续训练，或按“停止”重新开始</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Training will not start by itself</source>
        <translation>训练不会自动开始</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>all %1 epochs are done (raise Epochs to train longer)</source>
        <translation>全部 %1 轮都已完成（提高训练轮数可训练更久）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training stopped early</source>
        <translation>训练提前停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained %1 of the %2 steps asked for: %3</source>
        <translation>已训练要求的 %2 步中的 %1 步：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Learning rate lowered to %1; training goes on from the weights with the lowest loss so far</source>
        <translation>学习率已降为 %1；从目前损失最低的权重继续训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gradient clipping on (max norm %1); training goes on from the weights with the lowest loss so far</source>
        <translation>已开启梯度裁剪（最大范数 %1）；从目前损失最低的权重继续训练</translation>
    </message>
    <message>
        <location filename="../../ui/experiment/experiment_files.cpp" line="+44"/>
        <source>Recovered the unsaved run of %1: save it to keep it</source>
        <translation>已恢复 %1 未保存的运行：请保存以保留它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is no run to save</source>
        <translation>%1：没有可保存的运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ExplorerView</name>
    <message>
        <location filename="../../ui/explorer/explorer_view.cpp" line="+388"/>
        <source>no sequence traced yet</source>
        <translation>还没有追踪任何序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracing…</source>
        <translation>正在追踪…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no target: no loss, no gradients</source>
        <translation>没有目标：没有损失，也没有梯度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · training step %1</source>
        <translation> · 训练步 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pinned</source>
        <translation> · 已固定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>after the last step</source>
        <translation>最后一步之后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at t = %1</source>
        <translation>在 t = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ŷ %1: &apos;%2&apos; (p = %3)</source>
        <translation>ŷ %1：&apos;%2&apos;（p = %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ŷ %1: class %2</source>
        <translation>ŷ %1：类别 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>ŷ %1 = %2</source>
        <translation>ŷ %1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ŷ %1 = %2 (normalised %3)</source>
        <translation>ŷ %1 = %2（归一化值 %3）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ExportAllDialog</name>
    <message>
        <location filename="../../ui/plot/export_all_dialog.cpp" line="+22"/>
        <source>Export all figures (1 figure)</source>
        <translation>导出全部图表（1 个图表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all figures (%1 figures)</source>
        <translation>导出全部图表（%1 个图表）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder and at least one format.</source>
        <translation>请选择一个文件夹和至少一种格式。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/plot/export_dialog.cpp" line="+24"/>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include the time cursor</source>
        <translation>包含时间光标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashed line that marks the current step on screen</source>
        <translation>屏幕上标记当前步的虚线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ExportSizeWidget</name>
    <message>
        <location filename="../../ui/plot/export_size_widget.cpp" line="+25"/>
        <location line="+1"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size (at 96 DPI):</source>
        <translation>尺寸（按 96 DPI）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vector (scales without loss)</source>
        <translation>矢量图（无损缩放）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GeneratorParametersBox</name>
    <message>
        <location filename="../../ui/panels/generator_parameters_box.cpp" line="+52"/>
        <source> (default %1, from %2 to %3)</source>
        <translation>（默认 %1，范围 %2 到 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the generator&apos;s random numbers (noise, random walks, sequence tasks): the same seed gives the same data.</source>
        <translation>生成器随机数的起点（噪声、随机游走、序列任务）：相同的种子生成相同的数据。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GradientBadge</name>
    <message>
        <location filename="../../ui/gradients/gradient_badge.cpp" line="+59"/>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ %1: YES</source>
        <translation>⚠ %1：是</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no</source>
        <translation>%1：否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not measured yet</source>
        <translation>%1：尚未测量</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GradientCheckPanel</name>
    <message>
        <location filename="../../ui/gradients/gradient_check_panel.cpp" line="+32"/>
        <source>1 weight of a symbol the sequence does not contain (a column of weight_ih_l0 for one-hot input, a row of embedding.weight): it takes no part in the loss, so both gradients are 0.</source>
        <translation>1 个权重属于序列中没有出现的符号（独热输入时是 weight_ih_l0 的一列，嵌入时是 embedding.weight 的一行）：它不参与损失，所以两种梯度都是 0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 weights of symbols the sequence does not contain (columns of weight_ih_l0 for one-hot input, rows of embedding.weight): they take no part in the loss, so both gradients are 0.</source>
        <translation>%1 个权重属于序列中没有出现的符号（独热输入时是 weight_ih_l0 的列，嵌入时是 embedding.weight 的行）：它们不参与损失，所以两种梯度都是 0。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounding</source>
        <translation>舍入误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differ</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backpropagation is just calculus. For a few weights chosen at random, BPTT&apos;s gradient is compared with a finite difference: nudge the weight by ±ε, run the sequence forward again, and divide the change of the loss by 2ε.</source>
        <translation>反向传播只不过是微积分。随机选几个权重，把 BPTT 算出的梯度与有限差分比较：把权重改动 ±ε，再把序列前向运行一遍，用损失的变化除以 2ε。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BPTT</source>
        <translation>BPTT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finite difference</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>|BPTT - finite difference| / max(|BPTT|, |finite difference|). In double precision it is usually below 1e-6; a tiny gradient (rounding dominates) or a relu unit sitting on its kink within ±ε can make it larger.</source>
        <translation>|BPTT - 有限差分| / max(|BPTT|, |有限差分|)。在双精度下通常小于 1e-6；梯度极小（舍入误差占主导）或某个 relu 单元恰好在 ±ε 范围内处于折点时，它会变大。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <translation>重新检验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw %1 other parameters and compare their gradients</source>
        <translation>另选 %1 个参数，比较它们的梯度</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>No check yet.</source>
        <translation>尚未检验。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Checking…</source>
        <translation>正在检验…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Weights of training step %1, the traced sequence, loss %2; ε = %3, central differences in double precision, full BPTT. Largest relative error %4.</source>
        <translation>训练步 %1 的权重，追踪的序列，损失 %2；ε = %3，双精度中心差分，完整 BPTT。最大相对误差 %4。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GradientNormsView</name>
    <message>
        <location filename="../../ui/gradients/gradient_norms_view.cpp" line="+16"/>
        <source>Gradient norm per parameter</source>
        <translation>各参数的梯度范数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>‖∂L/∂θ‖</source>
        <translation>‖∂L/∂θ‖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;The size of the gradient of each weight and bias tensor at every recorded training step (before clipping). When gradients vanish, the recurrent weights (weight_hh) stop receiving a useful signal; when they explode, they spike first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个记录下来的训练步中，各个权重和偏置张量的梯度大小（裁剪之前）。梯度消失时，循环权重（weight_hh）不再收到有用的信号；梯度爆炸时，它们最先出现尖峰。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total gradient norm and clipping</source>
        <translation>总梯度范数与裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖g‖</source>
        <translation>‖g‖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Gradient clipping (as torch&apos;s clip_grad_norm_): when the norm of all gradients together exceeds the threshold, every gradient is multiplied by threshold / norm. The step keeps its direction but cannot be huge, so one exploding step no longer throws the weights away (Pascanu et al. 2013). Markers show the steps where clipping fired.&lt;/p&gt;</source>
        <translation>&lt;p&gt;梯度裁剪（与 torch 的 clip_grad_norm_ 相同）：当所有梯度合起来的范数超过阈值时，每个梯度都乘以 阈值 / 范数。这一步的方向不变，但幅度不会过大，因此一次梯度爆炸不再会把权重甩走（Pascanu 等，2013）。标记表示发生裁剪的训练步。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before clip</source>
        <translation>裁剪前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after clip</source>
        <translation>裁剪后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clipped</source>
        <translation>已裁剪</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GradientProfileView</name>
    <message>
        <location filename="../../ui/gradients/gradient_profile_view.cpp" line="+19"/>
        <source>Gradient through time %1</source>
        <translation>随时间传播的梯度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;p&gt;How much the loss changes when the hidden state at step t changes, for one sequence. The gradient starts at the last step and travels back; each step back multiplies it by the Jacobian ∂h_t/∂h_{t-1}. On this log axis a steady factor is a straight line: falling toward t = 1 means vanishing, rising means exploding. Faded curves are earlier traces.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对一个序列而言，第 t 步的隐藏状态变化时，损失会变化多少。梯度从最后一步出发向回传播；每向前一步就乘以一次雅可比矩阵 ∂h_t/∂h_{t-1}。在这条对数坐标轴上，固定的倍数是一条直线：向 t = 1 下降表示梯度消失，上升表示梯度爆炸。颜色较淡的曲线是较早的追踪。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 over training</source>
        <translation>%1 随训练的变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (last step = 1)</source>
        <translation>%1（最后一步 = 1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Each row is the gradient profile of one trace, oldest at the bottom, relative to its last step T: how much of the gradient arriving at T is left at step t. Watch the dark (vanished) region toward t = 1 grow or shrink as training proceeds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每一行是一次追踪的梯度分布，最旧的在最下面，以其最后一步 T 为基准：到达 T 的梯度在第 t 步还剩多少。观察靠近 t = 1 的深色（已消失）区域如何随训练变大或变小。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which layer&apos;s profile the heat map shows</source>
        <translation>热力图显示哪一层的梯度分布</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+68"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>layer %1 at step %2</source>
        <translation>第 %1 层，训练步 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier (fainter: older)</source>
        <translation>较早（越淡越旧）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GradientsView</name>
    <message>
        <location filename="../../ui/gradients/gradients_view.cpp" line="+32"/>
        <source>Through time</source>
        <translation>随时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jacobians</source>
        <translation>雅可比矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norms &amp;&amp; clipping</source>
        <translation>范数与裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 against the time step: the vanishing or exploding curve</source>
        <translation>%1 随时间步的变化：梯度消失或爆炸的曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the curve has its slope: Jacobian products and the recurrent weights</source>
        <translation>曲线为什么是这个斜率：雅可比矩阵乘积与循环权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient norms per parameter over training, and clipping</source>
        <translation>训练过程中各参数的梯度范数，以及梯度裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPTT&apos;s gradient beside a finite-difference estimate</source>
        <translation>BPTT 的梯度与有限差分估计并排比较</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::GuessPanel</name>
    <message>
        <location filename="../../ui/text/guess_panel.cpp" line="+49"/>
        <source>Point at a character to see what the network expects next.</source>
        <translation>指向一个字符，看网络预期下一个是什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after %1 (window %2, step %3)</source>
        <translation>读入 %1 之后（窗口 %2，第 %3 步）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>after %1 (character %2)</source>
        <translation>读入 %1 之后（第 %2 个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the text ends here</source>
        <translation> · 文本到此结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · next %1: %2 bits of surprise</source>
        <translation> · 下一个 %1：意外度 %2 比特</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::InitBox</name>
    <message>
        <location filename="../../ui/panels/init_box.cpp" line="+14"/>
        <source>PyTorch default</source>
        <translation>PyTorch 默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orthogonal</source>
        <translation>正交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity (IRNN)</source>
        <translation>单位矩阵（IRNN）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialiser</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the weights are drawn before training. PyTorch&apos;s default is uniform in ±1/√H; orthogonal and identity keep signals the same size through time.</source>
        <translation>训练前如何抽取权重。PyTorch 的默认方法是在 ±1/√H 范围内均匀分布；正交和单位矩阵初始化让信号随时间保持相同大小。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scales the Xavier and orthogonal weights. 1 keeps the signal&apos;s size from layer to layer.</source>
        <translation>缩放 Xavier 和正交初始化的权重。1 表示信号大小在层与层之间保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity scale</source>
        <translation>单位矩阵倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recurrent weights start as this number times the identity matrix (Le et al. 2015).</source>
        <translation>循环权重初始化为这个数乘以单位矩阵（Le 等，2015）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget-gate bias</source>
        <translation>遗忘门偏置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the LSTM forget gate&apos;s bias. 1 or more makes the cell remember by default early in training (Gers et al. 2000).</source>
        <translation>加到 LSTM 遗忘门的偏置上。取 1 或更大时，细胞在训练初期默认会记住（Gers 等，2000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spectral radius</source>
        <translation>谱半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescales every recurrent weight block to this spectral radius: below 1 gradients vanish over time, above 1 they explode.</source>
        <translation>把每个循环权重块缩放到这个谱半径：小于 1 时梯度随时间消失，大于 1 时梯度爆炸。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::InputSketch</name>
    <message>
        <location filename="../../ui/explorer/input_sketch.cpp" line="+160"/>
        <source>Number of time steps</source>
        <translation>时间步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input feature the mouse draws</source>
        <translation>鼠标绘制的输入特征</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type numbers: 0.5, 1, -0.25 ...  (several features: 0.5 1; 0.2 0.3)</source>
        <translation>输入数字：0.5, 1, -0.25 ...（多个特征：0.5 1; 0.2 0.3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input sequence as numbers; press Enter to run the network on it</source>
        <translation>以数字表示的输入序列；按 Enter 让网络在它上面运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy the shown sequence</source>
        <translation>复制显示的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the input of the sequence on screen</source>
        <translation>从屏幕上序列的输入开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>in the data&apos;s units; the network sees them normalised: %1</source>
        <translation>使用数据本身的单位；网络看到的是归一化后的值：%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::LabWindow</name>
    <message>
        <location filename="../../ui/window/lab_window.cpp" line="+66"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step 0</source>
        <translation>第 0 步</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>switching the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>starting a new experiment</source>
        <translation>开始新实验</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training goes on once it is ready.</source>
        <translation>准备好后继续训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>preparing the new network…</source>
        <translation>正在准备新网络…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training and go back to fresh weights, to train again</source>
        <translation>停止训练并回到新初始化的权重，以便重新训练</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Explorer</source>
        <translation>探索器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live samples</source>
        <translation>实时样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opening a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lesson “%1”: press Play (Space) to train</source>
        <translation>课程“%1”：按“开始”（空格键）进行训练</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>recovering an autosaved run</source>
        <translation>恢复自动保存的运行</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+21"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>seed %1</source>
        <translation>随机种子 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 lr %2</source>
        <translation>%1 学习率 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch %1</source>
        <translation>批大小 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>validation loss %1</source>
        <translation>验证损失 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>diverged at step %1, weights of step %2 restored</source>
        <translation>在第 %1 步发散，已恢复第 %2 步的权重</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all %1 epochs done</source>
        <translation>全部 %1 轮已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped early: the validation loss stopped improving</source>
        <translation>提前停止：验证损失不再下降</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1[*] — RNN Lab</source>
        <translation>%1[*] — RNN Lab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RNN Lab</source>
        <translation>RNN Lab</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>opening another experiment</source>
        <translation>打开另一个实验</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/window/language_switch.cpp" line="+40"/>
        <source>Follow the System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::LessonCaption</name>
    <message>
        <location filename="../../ui/lessons/lesson_caption.cpp" line="+23"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step (Page Up)</source>
        <translation>上一步（Page Up）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step (Page Down)</source>
        <translation>下一步（Page Down）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;b&gt;%1 / %2 · %3&lt;/b&gt; — %4</source>
        <translation>&lt;b&gt;%1 / %2 · %3&lt;/b&gt; — %4</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::LessonGuide</name>
    <message>
        <location filename="../../ui/lessons/lesson_guide.cpp" line="+36"/>
        <source>This is no longer the lesson&apos;s experiment: other data, a new experiment or another file replaced it. Reopen the lesson to follow it again (or Undo).</source>
        <translation>这已经不是课程的实验了：其他数据、新实验或另一个文件替换了它。重新打开课程即可继续学习（或撤销）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+63"/>
        <source>Start lesson</source>
        <translation>开始课程</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Load the lesson&apos;s network, data and settings</source>
        <translation>加载课程的网络、数据和设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reopen the lesson</source>
        <translation>重新打开课程</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;目标：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Welcome to RNN Lab</source>
        <translation>欢迎使用 RNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>从“课程”菜单中选择一个课程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::LiveSamplesPanel</name>
    <message>
        <location filename="../../ui/text/live_samples_panel.cpp" line="+44"/>
        <source>0 (greedy)</source>
        <translation>0（贪心）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>earlier run</source>
        <translation>之前的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>τ %1</source>
        <translation>τ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-k %1</source>
        <translation>top-k %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>A sample is reproducible from its step, temperature, top-k and seed (and its prime and length): the same settings at the same weights write the same text.</source>
        <translation>样本可由其步数、温度、top-k 和种子（以及前缀和长度）重现：相同权重下相同设置写出相同的文本。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(a random first character)</source>
        <translation>（随机的第一个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text the network reads before it writes; every character must be in the text&apos;s vocabulary</source>
        <translation>网络在写之前读入的文本；每个字符都必须在文本的词表中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temperature τ, on a logarithmic scale: far left is 0 (greedy: always the likeliest character); low τ plays safe, high τ takes risks (up to 5)</source>
        <translation>温度 τ，对数刻度：最左边是 0（贪心：总是最可能的字符）；τ 低则稳妥，τ 高则冒险（最高 5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw only among the k likeliest characters (all: every character)</source>
        <translation>只在最可能的 k 个字符中抽取（全部：所有字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters to write after the prime</source>
        <translation>前缀之后要写的字符数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The random draws&apos; seed: the same seed writes the same text at the same weights</source>
        <translation>随机抽取的种子：相同权重下相同种子写出相同的文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a sample with the current weights. %1</source>
        <translation>用当前权重写一个样本。%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While training, write a sample with these settings each time the step passes a multiple of N; the same seed each time, so what changes is the weights</source>
        <translation>训练时，每当步数越过 N 的倍数，就用这些设置写一个样本；每次种子相同，所以变化的是权重</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>steps while training</source>
        <translation>步（训练时）</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Again</source>
        <translation>再来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample again with the selected entry&apos;s settings at the current weights. %1</source>
        <translation>用所选条目的设置在当前权重下再次采样。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected sample&apos;s text (its prime and what was written)</source>
        <translation>复制所选样本的文本（前缀和写出的内容）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prime</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Live samples write text with a character model of a text; this run&apos;s data is not a text.</source>
        <translation>实时样本用文本的字符模型写文本；本次运行的数据不是文本。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Samples, newest first. %1 Double-click an entry to sample it again; Ctrl+C copies its text.</source>
        <translation>样本，最新的在前。%1 双击条目可再次采样；Ctrl+C 复制其文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample Again</source>
        <translation>再次采样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>A sample of an earlier run: its weights are not this run&apos;s</source>
        <translation>之前运行的样本：其权重不是本次运行的</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::LossPlot</name>
    <message>
        <location filename="../../ui/views/loss_plot.cpp" line="+29"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch mean</source>
        <translation>每轮均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A logarithmic loss axis: equal steps are equal factors, so a loss falling from 1 to 0.001 stays readable all the way.</source>
        <translation>对数损失坐标轴：相等的间隔代表相等的倍数，因此损失从 1 降到 0.001 的全过程都清晰可读。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>loss (MSE, normalised units)</source>
        <translation>损失（MSE，归一化单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (cross-entropy)</source>
        <translation>损失（交叉熵）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.cpp" line="+57"/>
        <source>RNN Lab</source>
        <translation>RNN Lab</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Views</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawing &amp;Tool</source>
        <translation>绘图工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Exported %1 files</source>
        <translation>已导出 %1 个文件</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Snapshot of the View</source>
        <translation>视图快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 2× (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像，2 倍 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and copied it to the clipboard</source>
        <translation>已保存 %1 并复制到剪贴板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Play</source>
        <translation>开始(&amp;P)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open %1: no file loader is connected</source>
        <translation>无法打开 %1：没有连接文件加载器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RNN Lab files (*.rnnlab.json *.lesson.json *.csv *.txt *.tsv);;Experiments and lessons (*.rnnlab.json *.lesson.json);;Series (*.csv);;Texts (*.txt);;Labelled sentences (*.tsv)</source>
        <translation>RNN Lab 文件 (*.rnnlab.json *.lesson.json *.csv *.txt *.tsv);;实验和课程 (*.rnnlab.json *.lesson.json);;序列 (*.csv);;文本 (*.txt);;带标签的句子 (*.tsv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN Lab experiment (*.rnnlab.json)</source>
        <translation>RNN Lab 实验 (*.rnnlab.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This view has no figure to export</source>
        <translation>此视图没有可导出的图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This view has no figure to copy</source>
        <translation>此视图没有可复制的图表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;This panel shows the steps of a lesson. Until one is open, here is how to drive the lab from the keyboard:&lt;/p&gt;%1&lt;p&gt;Right-click any plot to export it as PNG, PDF, SVG or CSV.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此面板显示课程的各个步骤。打开课程之前，可以这样用键盘操作实验室：&lt;/p&gt;%1&lt;p&gt;右键单击任意图表，可将其导出为 PNG、PDF、SVG 或 CSV。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About RNN Lab</source>
        <translation>关于 RNN Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RNN Lab %1&lt;/h3&gt;&lt;p&gt;A laboratory for recurrent networks: RNN, LSTM and GRU, trained and taken apart step by step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RNN Lab %1&lt;/h3&gt;&lt;p&gt;循环神经网络实验室：RNN、LSTM 和 GRU，一步一步地训练和剖析。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ManualWindow</name>
    <message>
        <location filename="../../ui/help/manual_window.cpp" line="+68"/>
        <source>RNN Lab Manual</source>
        <translation>RNN Lab 使用手册</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find (Enter: next)</source>
        <translation>查找（Enter：下一个）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 has no heading #%2.</source>
        <translation>%1 中没有标题 #%2。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is in the repository, not in the manual.</source>
        <translation>%1 在代码仓库中，不在手册里。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not on this page.</source>
        <translation>本页上没有“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — RNN Lab Manual</source>
        <translation>%1 — RNN Lab 使用手册</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::MetricsPanel</name>
    <message>
        <location filename="../../ui/views/metrics_panel.cpp" line="+18"/>
        <source>Step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optimizer steps taken (one batch each).</source>
        <translation>已执行的优化器步数（每步一个批次）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes through the training windows: the current one of the planned number.</source>
        <translation>遍历训练窗口的次数：当前轮 / 计划轮数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps per second, measured while playing (at any speed setting).</source>
        <translation>每秒训练步数，在运行时测量（任何速度设置下都一样）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate of the current epoch, after the schedule.</source>
        <translation>当前轮的学习率（经过调度之后）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The loss of the last training batch.</source>
        <translation>最后一个训练批次的损失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mean batch loss of the last finished epoch.</source>
        <translation>上一个完成的轮中各批次损失的平均值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss on the validation part at the end of the last epoch: data the network never trained on.</source>
        <translation>上一轮结束时在验证部分上的损失：网络从未训练过的数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation error</source>
        <translation>验证误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors of the validation predictions in the data&apos;s own units: root mean squared and mean absolute error, or the share of correct classes.</source>
        <translation>验证预测的误差，使用数据本身的单位：均方根误差和平均绝对误差，或分类正确的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The loss on the test part, kept for the end.</source>
        <translation>在测试部分上的损失，留到最后使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test error</source>
        <translation>测试误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors of the test predictions in the data&apos;s own units.</source>
        <translation>测试预测的误差，使用数据本身的单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Free-running</source>
        <translation>自由运行</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>RMSE on the validation part when the network is fed its own predictions instead of the true values (closed loop), from the start of the validation part: how a real forecast of the future fares. Compare with the one-step RMSE under Validation error. When the forecast costs much next to an epoch&apos;s training, it is recorded every few epochs: &quot;(ep 9)&quot; after the value says it is from epoch 9.</source>
        <translation>从验证部分开头起，把网络自己的预测值而不是真实值喂回给它（闭环）时，在验证部分上的 RMSE：真正预测未来时效果如何。请与“验证误差”中的单步 RMSE 比较。若这种预测的开销远大于一轮训练，则每隔几轮记录一次：数值后的“(ep 9)”表示它来自第 9 轮。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RMSE of the closed-loop forecast on the test part.</source>
        <translation>在测试部分上闭环预测的 RMSE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the network has to beat, on the same validation / test windows (RMSE in the data&apos;s units): persistence repeats the last value the window saw; seasonal naive repeats the value one season earlier (when the labels or the data show a season); the training mean always predicts the mean of the training part.</source>
        <translation>网络要打败的基准，使用相同的验证/测试窗口（RMSE，数据本身的单位）：持续预测重复窗口看到的最后一个值；季节性朴素预测重复一个季节之前的值（当标签或数据显示出季节性时）；训练集均值总是预测训练部分的平均值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An error over a handful of windows says more about those few values than about the network.</source>
        <translation>只有少数几个窗口时，误差更多反映的是这几个值，而不是网络本身。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (ep %1)</source>
        <translation> (ep %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Baselines&lt;/b&gt;, RMSE validation / test: %1</source>
        <translation>&lt;b&gt;基准&lt;/b&gt;，RMSE 验证 / 测试：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — &lt;b&gt;%1 beats the network&lt;/b&gt; on the validation part</source>
        <translation> — &lt;b&gt;%1 胜过网络&lt;/b&gt;（验证部分）</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::MisclassifiedList</name>
    <message>
        <location filename="../../ui/text/misclassified_list.cpp" line="+16"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actual → predicted</source>
        <translation>实际 → 预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sentences the network gets wrong, the most confident mistakes first: p is the probability it gives its wrong answer. Click one to follow it in the plane and in the Explorer.</source>
        <translation>网络分错的句子，最自信的错误排在最前：p 是它给错误答案的概率。点击一个，在平面和探索器中跟踪它。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::NetworkBuilderPanel</name>
    <message>
        <location filename="../../ui/panels/network_builder_panel.cpp" line="+63"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data windows</source>
        <translation>数据窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimizer details</source>
        <translation>优化器详细设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN (tanh)</source>
        <translation>RNN（tanh）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNN (ReLU)</source>
        <translation>RNN（ReLU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recurrent unit. A plain RNN has one state and forgets quickly; LSTM and GRU add gates that decide what to keep, so they remember over longer spans.</source>
        <translation>循环单元。普通 RNN 只有一个状态，遗忘得很快；LSTM 和 GRU 加入了门控，决定保留什么，因此能记住更长的跨度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrent layers stacked on each other: each one reads the hidden states of the layer below.</source>
        <translation>相互堆叠的循环层：每一层读取下面一层的隐藏状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size H of each layer&apos;s hidden state: its memory. More units learn more detail but train slower and overfit sooner.</source>
        <translation>每层隐藏状态的大小 H：它的记忆容量。单元越多，学到的细节越多，但训练更慢，也更早过拟合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbol input</source>
        <translation>符号输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a symbol (a character, a bracket) enters the network. One-hot: symbol s picks column s of the first layer&apos;s input weights. An embedding of E values: a learned vector of E numbers per symbol (like torch.nn.Embedding), then the input weights. For a series, whose steps are numbers, there is nothing to choose.</source>
        <translation>符号（一个字符、一个括号）如何进入网络。独热：符号 s 选取第一层输入权重的第 s 列。E 维嵌入：每个符号一个学习得到的 E 维向量（如 torch.nn.Embedding），再经过输入权重。序列的每一步都是数字，无需选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one-hot</source>
        <translation>独热</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedding of </source>
        <translation>嵌入维数 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict once after the last step of a window, or at every step (a target for each step).</source>
        <translation>在窗口最后一步之后预测一次，或在每一步都预测（每一步都有目标）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-entropy (classes)</source>
        <translation>交叉熵（分类）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What training minimises. Mean squared error for values; cross-entropy when the target column holds class numbers 0, 1, 2, ...</source>
        <translation>训练要最小化的量。数值用均方误差；目标列是类别编号 0、1、2…… 时用交叉熵。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window T</source>
        <translation>窗口 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many time steps the network reads before it predicts: the length of the unrolled network and of backpropagation through time.</source>
        <translation>网络在预测前读取多少个时间步：展开网络的长度，也是随时间反向传播的长度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon k</source>
        <translation>预测步长 k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far ahead the target lies: 1 predicts the next value, 0 labels the last step itself.</source>
        <translation>目标在多远之后：1 预测下一个值，0 给最后一步本身打标签。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule that turns gradients into weight changes. Adam adapts the step size of each weight and is a safe first choice; SGD is the plain textbook rule.</source>
        <translation>把梯度变成权重变化的规则。Adam 为每个权重自适应地调整步长，是稳妥的首选；SGD 是教科书上的基本规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How big each step is. Too small and the loss hardly moves; too large and it jumps around or explodes. The arrows step 1, 2, 5, 10, ...</source>
        <translation>每一步有多大。太小则损失几乎不动；太大则来回跳动甚至爆炸。箭头按 1、2、5、10…… 递增。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clip gradients</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescales the gradients whenever their total length exceeds the threshold, so one exploding gradient cannot wreck the weights.</source>
        <translation>梯度的总长度超过阈值时就把它缩放回阈值，这样一次梯度爆炸不会毁掉权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clip threshold</source>
        <translation>裁剪阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The largest total gradient norm allowed when clipping is on.</source>
        <translation>开启裁剪时允许的最大总梯度范数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many windows are averaged for one step. Larger batches give smoother but fewer steps per epoch.</source>
        <translation>一步要平均多少个窗口。批次越大，每步越平稳，但每轮的步数越少。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times training goes through all training windows before it stops. Raise it to train on after the end.</source>
        <translation>训练在停止前遍历全部训练窗口的次数。训练结束后提高它即可继续训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the random numbers for the weights and the shuffling: the same seed gives exactly the same run. Changing it starts a new run.</source>
        <translation>权重初始化和数据打乱所用随机数的起点：相同的种子给出完全相同的运行。更改它会开始一次新的运行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truncated BPTT</source>
        <translation>截断 BPTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backpropagate through only the last K time steps of each window. Full BPTT uses all of them; short truncation cannot learn long dependencies.</source>
        <translation>只对每个窗口的最后 K 个时间步做反向传播。完整 BPTT 使用全部时间步；截断太短就学不到长程依赖。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many epochs without a better validation loss, and keep the best weights.</source>
        <translation>验证损失连续这么多轮没有改善就停止，并保留最好的权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Divergence factor</source>
        <translation>发散系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training counts as diverged when the loss exceeds this many times the first step&apos;s loss; the last sound weights are then restored.</source>
        <translation>损失超过第一步损失的这么多倍时，视为训练发散；随后恢复最后一组正常的权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only NaN / infinity</source>
        <translation>仅 NaN / 无穷大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace every (steps)</source>
        <translation>追踪间隔（训练步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the traced sequence&apos;s states, gates and gradients are recorded for the explorer and gradient views.</source>
        <translation>多久记录一次被追踪序列的状态、门控和梯度，供探索器和梯度视图使用。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Set by the data: %1. See the Data panel.</source>
        <translation>由数据决定：%1。见数据面板。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The steps of a series are numbers, not symbols.</source>
        <translation>序列的每一步是数字，不是符号。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::NeuronSearchPanel</name>
    <message>
        <location filename="../../ui/text/neuron_search_panel.cpp" line="+47"/>
        <source>selected spans</source>
        <translation>选中的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside double quotes</source>
        <translation>双引号内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside brackets ( [ {</source>
        <translation>括号内 ( [ {</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a space</source>
        <translation>空格之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line ends</source>
        <translation>行尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The characters to compare with the others: spans dragged over the text (Shift+drag adds one), a rule, or the matches of a regular expression</source>
        <translation>要与其余字符比较的字符：在文本上拖出的片段（Shift+拖动再加一段）、一条规则，或正则表达式的匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the spans dragged over the text</source>
        <translation>忘掉在文本上拖出的片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find units that follow</source>
        <translation>寻找跟随它的单元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a regular expression, e.g. \(([^)]*)\)</source>
        <translation>正则表达式，例如 \(([^)]*)\)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selects the characters of every match, or of its first group in parentheses when it has one</source>
        <translation>选中每个匹配的字符；如果有括号分组，则只选第一个分组的字符</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The value of each unit that is compared with the selection</source>
        <translation>每个单元中与选择进行比较的那个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation r</source>
        <translation>相关系数 r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation r: Pearson&apos;s r of the value with 1 on the selection and 0 elsewhere (point-biserial), ranked by |r|. AUC: the probability that a selected character&apos;s value is above an unselected one&apos;s, ranked by |AUC − 0.5|</source>
        <translation>相关系数 r：数值与“选中处为 1、其余为 0”的皮尔逊 r（点二列相关），按 |r| 排序。AUC：选中字符的数值高于未选中字符的概率，按 |AUC − 0.5| 排序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>h, hidden state</source>
        <translation>h，隐藏状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c, cell state</source>
        <translation>c，细胞状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drag over the text to select the characters a unit should follow (Shift+drag adds a span).</source>
        <translation>在文本上拖动，选出一个单元应当跟随的字符（Shift+拖动再加一段）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a regular expression: the characters it matches are the selection.</source>
        <translation>输入一个正则表达式：它匹配的字符就是选择。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiting for the network to read the text…</source>
        <translation>正在等网络读这段文本…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 characters selected</source>
        <translation>已选中 %2 个字符中的 %1 个</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Best units of %1, layer %2, by correlation r with the selection (point-biserial; ranked by |r|)</source>
        <translation>第 %2 层 %1 的最佳单元，按与选择的相关系数 r（点二列相关；按 |r| 排序）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best units of %1, layer %2, by AUC: the chance that a selected character&apos;s value is above an unselected one&apos;s (ranked by |AUC − 0.5|)</source>
        <translation>第 %2 层 %1 的最佳单元，按 AUC：选中字符的数值高于未选中字符的概率（按 |AUC − 0.5| 排序）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUC = %1</source>
        <translation>AUC = %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unit %1  %2</source>
        <translation>单元 %1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/regex_mask.cpp" line="+14"/>
        <source>regular expression, column %1: %2</source>
        <translation>正则表达式，第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::OptimizerDetailsBox</name>
    <message>
        <location filename="../../ui/panels/optimizer_details_box.cpp" line="+28"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An L2 penalty: weight decay × weight is added to every gradient, pulling the weights towards zero. 0 turns it off.</source>
        <translation>一种 L2 惩罚：把 权重衰减 × 权重 加到每个梯度上，把权重拉向零。0 表示关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps a running velocity of past gradients, so steps build up along directions that stay consistent. 0 means plain steps.</source>
        <translation>保持过去梯度的滑动速度，使更新在方向一致时逐步累积。0 表示普通的更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dampening</source>
        <translation>阻尼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of each new gradient is held back from the momentum. 0 is PyTorch&apos;s default.</source>
        <translation>每个新梯度有多少不计入动量。0 是 PyTorch 的默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks ahead along the momentum before using the gradient. Needs a momentum above 0 and no dampening.</source>
        <translation>先沿动量方向向前看一步，再使用梯度。需要动量大于 0 且没有阻尼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How slowly Adam&apos;s running mean of the gradients forgets (its first moment). 0.9 by default.</source>
        <translation>Adam 的梯度滑动平均（一阶矩）遗忘得多慢。默认 0.9。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How slowly Adam&apos;s running mean of the squared gradients forgets (its second moment). 0.999 by default.</source>
        <translation>Adam 的梯度平方滑动平均（二阶矩）遗忘得多慢。默认 0.999。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMSGrad</source>
        <translation>AMSGrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divides by the largest second moment seen so far, so a step never grows again after the gradients calm down (Reddi et al. 2018).</source>
        <translation>除以迄今为止最大的二阶矩，这样梯度平稳下来后步长不会再次变大（Reddi 等，2018）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smoothing α</source>
        <translation>平滑系数 α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How slowly RMSprop&apos;s running mean of the squared gradients forgets. 0.99 by default.</source>
        <translation>RMSprop 的梯度平方滑动平均遗忘得多慢。默认 0.99。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centered</source>
        <translation>中心化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divides by an estimate of the gradients&apos; variance instead of their raw second moment.</source>
        <translation>除以梯度方差的估计，而不是原始的二阶矩。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adagrad shrinks its learning rate to lr / (1 + (t − 1) × decay) at step t. 0 keeps it.</source>
        <translation>Adagrad 在第 t 步把学习率缩小为 lr / (1 + (t − 1) × decay)。0 表示不衰减。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial accumulator</source>
        <translation>初始累加值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value Adagrad&apos;s sum of squared gradients starts from.</source>
        <translation>Adagrad 梯度平方和的初始值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε (epsilon)</source>
        <translation>ε（epsilon）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small number added to the denominator, so a tiny gradient history cannot make a step explode.</source>
        <translation>加到分母上的一个小数，使极小的梯度历史不会让某一步爆炸。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::OutputPanel</name>
    <message>
        <location filename="../../ui/explorer/output_panel.cpp" line="+16"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p = softmax(z)</source>
        <translation>p = softmax(z)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>at t = %1</source>
        <translation>在 t = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>after the last step</source>
        <translation>最后一步之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ŷ %1: next symbol</source>
        <translation>ŷ %1：下一个符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ŷ %1: class</source>
        <translation>ŷ %1：类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>p&lt;sub&gt;i&lt;/sub&gt; = softmax(z)&lt;sub&gt;i&lt;/sub&gt; of the logits z %1:</source>
        <translation>logits z %1 的 p&lt;sub&gt;i&lt;/sub&gt; = softmax(z)&lt;sub&gt;i&lt;/sub&gt;：</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::OutputSoftmax</name>
    <message>
        <location filename="../../ui/explorer/output_softmax.cpp" line="+57"/>
        <source>Σ_j exp(z_j%1) over the %2 outputs</source>
        <translation>对 %2 个输出求 Σ_j exp(z_j%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, m = max_j z_j</source>
        <translation>，m = max_j z_j</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::PredictionPlot</name>
    <message>
        <location filename="../../ui/views/prediction_plot.cpp" line="+49"/>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one step, validation</source>
        <translation>单步预测，验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one step, test</source>
        <translation>单步预测，测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persistence (next = last)</source>
        <translation>持续预测（下一个 = 最后一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seasonal naive</source>
        <translation>季节性朴素预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baselines</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashed: the forecasts the network has to beat. Persistence repeats the last value the window saw; seasonal naive the value one season earlier. Their errors are under the plots.</source>
        <translation>虚线：网络要打败的基准预测。持续预测重复窗口看到的最后一个值；季节性朴素预测重复一个季节之前的值。它们的误差列在图表下方。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+7"/>
        <source>Predictions: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>seasonal naive (%1)</source>
        <translation>季节性朴素预测（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No closed-loop forecast: %1</source>
        <translation>没有闭环预测：%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::PreparingOverlay</name>
    <message>
        <location filename="../../ui/window/preparing_overlay.cpp" line="+23"/>
        <source>Preparing the new network</source>
        <translation>正在准备新网络</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::QuizPanel</name>
    <message>
        <location filename="../../ui/lessons/quiz_panel.cpp" line="+53"/>
        <source>your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answer against the run on screen</source>
        <translation>用屏幕上的运行检查你的答案</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Teacher mode: show the answers</source>
        <translation>教师模式：显示答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show each quiz&apos;s answer, computed from the run on screen</source>
        <translation>显示每道测验的答案，由屏幕上的运行算出</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Your answer: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a unit in the Explorer</source>
        <translation>在探索器中点击一个单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a time step</source>
        <translation>点击一个时间步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Answer (teacher mode):&lt;/b&gt; %1. %2</source>
        <translation>&lt;b&gt;答案（教师模式）：&lt;/b&gt;%1。%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Answer (teacher mode):&lt;/b&gt; none yet: %1.</source>
        <translation>&lt;b&gt;答案（教师模式）：&lt;/b&gt;暂无：%1。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type a number, for example 0.25 or 1e-3.</source>
        <translation>请输入一个数，例如 0.25 或 1e-3。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Not yet:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;还不行：&lt;/b&gt;%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Right:&lt;/b&gt; %1. %2 %3</source>
        <translation>&lt;b&gt;正确：&lt;/b&gt;%1。%2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not quite:&lt;/b&gt; you answered %1, the answer is &lt;b&gt;%2&lt;/b&gt;. %3 %4</source>
        <translation>&lt;b&gt;不太对：&lt;/b&gt;你的答案是 %1，正确答案是 &lt;b&gt;%2&lt;/b&gt;。%3 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 of %2 quizzes right</source>
        <translation>&lt;b&gt;得分：&lt;/b&gt;%2 道测验答对 %1 道</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::RecoveryBanner</name>
    <message>
        <location filename="../../ui/window/recovery_banner.cpp" line="+60"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the autosaved run as an unsaved experiment</source>
        <translation>把自动保存的运行作为未保存的实验打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the autosave</source>
        <translation>删除自动保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the autosave and offers it again at the next start</source>
        <translation>保留自动保存，下次启动时再询问</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The unsaved run of %1 cannot be recovered: %2</source>
        <translation>无法恢复 %1 未保存的运行：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The autosave of %1 from %2 cannot be read: %3</source>
        <translation>无法读取 %1 在 %2 的自动保存：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover the unsaved run of %1, autosaved at %2, step %3?</source>
        <translation>恢复 %1 未保存的运行吗？自动保存于 %2，第 %3 步。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (%1 of %2)</source>
        <translation>（第 %1 个，共 %2 个）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an untitled experiment</source>
        <translation>一个未命名的实验</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::RemedyStrip</name>
    <message>
        <location filename="../../ui/gradients/remedy_strip.cpp" line="+23"/>
        <source>Remedies</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>RNN</source>
        <translation>RNN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the recurrent cell, keeping the data and the seed. LSTM and GRU carry their state along an additive, gated path, so gradients survive many more steps than in a plain RNN. Training restarts with fresh weights.</source>
        <translation>更换循环单元，保留数据和随机种子。LSTM 和 GRU 沿一条加法式的门控通路传递状态，因此梯度能比普通 RNN 多存活许多步。训练将用新的权重重新开始。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plain RNN&apos;s activation. tanh&apos;s derivative is at most 1 and near 0 when it saturates, so gradients shrink; relu passes them on unchanged where a unit is active (with identity weights: IRNN), but can let them explode. Training restarts.</source>
        <translation>普通 RNN 的激活函数。tanh 的导数最大为 1，饱和时接近 0，所以梯度会缩小；relu 在单元激活时原样传递梯度（配合单位矩阵权重即 IRNN），但可能让梯度爆炸。训练将重新开始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default (PyTorch)</source>
        <translation>默认（PyTorch）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orthogonal</source>
        <translation>正交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity (IRNN)</source>
        <translation>单位矩阵（IRNN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How W_hh starts. Orthogonal: every singular value is 1, so a step back neither stretches nor shrinks the gradient at first (Saxe et al. 2014). Identity: W_hh = I, the IRNN of Le et al. (2015), meant for relu. Training restarts with the same seed.</source>
        <translation>W_hh 的初始值。正交：所有奇异值都是 1，因此一开始每向前一步，梯度既不被拉长也不被缩短（Saxe 等，2014）。单位矩阵：W_hh = I，即 Le 等（2015）的 IRNN，适用于 relu。训练将用同一随机种子重新开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the LSTM forget gate&apos;s bias at the start: at +1 the gate starts at σ(1) ≈ 0.73 instead of 0.5, so the cell keeps its memory, and its gradient, from the first step (Gers et al. 2000; Jozefowicz et al. 2015). LSTM only; training restarts.</source>
        <translation>训练开始时加到 LSTM 遗忘门的偏置上：取 +1 时，门的初值是 σ(1) ≈ 0.73 而不是 0.5，因此细胞从第一步起就保持记忆，也保留梯度（Gers 等，2000；Jozefowicz 等，2015）。仅限 LSTM；训练将重新开始。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gradient clipping: when the total gradient norm exceeds the threshold, every gradient is scaled down to it. Stops exploding gradients from wrecking the weights; it does nothing against vanishing ones. Takes effect at the next step.</source>
        <translation>梯度裁剪：总梯度范数超过阈值时，把每个梯度按比例缩小到阈值。它防止梯度爆炸毁掉权重，但对梯度消失无能为力。从下一个训练步起生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>off (full)</source>
        <translation>关（完整）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Truncated BPTT: send the gradient back at most this many steps. Cheaper and more stable, but nothing older than that can be learned. Off: the whole sequence. Takes effect at the next step.</source>
        <translation>截断 BPTT：梯度最多向回传播这么多步。计算更省、更稳定，但更早的内容就学不到了。关：整个序列。从下一个训练步起生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>↻ restarts training (same data and seed)</source>
        <translation>↻ 重新开始训练（相同的数据和随机种子）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation (RNN)</source>
        <translation>激活函数（RNN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrent init</source>
        <translation>循环权重初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget-gate bias (LSTM)</source>
        <translation>遗忘门偏置（LSTM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping, threshold</source>
        <translation>梯度裁剪，阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncated BPTT</source>
        <translation>截断 BPTT</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::RunAutosave</name>
    <message>
        <location filename="../../ui/experiment/run_autosave.cpp" line="+156"/>
        <source>Autosave failed: %1. Training goes on; save the experiment to keep your work</source>
        <translation>自动保存失败：%1。训练会继续；请保存实验以保留你的工作</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::ScheduleBox</name>
    <message>
        <location filename="../../ui/panels/schedule_box.cpp" line="+17"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine annealing</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the learning rate changes from epoch to epoch. Constant keeps it; step decay and cosine annealing lower it as training settles.</source>
        <translation>学习率如何随训练轮数变化。恒定表示保持不变；阶梯衰减和余弦退火在训练趋于稳定时降低学习率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every (epochs)</source>
        <translation>间隔（轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step decay multiplies the learning rate by γ after this many epochs.</source>
        <translation>阶梯衰减每隔这么多轮把学习率乘以 γ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor γ</source>
        <translation>系数 γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What step decay multiplies the learning rate by: 0.1 divides it by ten.</source>
        <translation>阶梯衰减把学习率乘以的数：0.1 表示除以十。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half period (epochs)</source>
        <translation>半周期（轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine annealing lowers the learning rate from its start to the minimum over this many epochs.</source>
        <translation>余弦退火在这么多轮内把学习率从初值降到最小值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest learning rate cosine annealing reaches.</source>
        <translation>余弦退火能达到的最低学习率。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SentencePage</name>
    <message>
        <location filename="../../ui/text/sentence_page.cpp" line="+19"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each class&apos;s accuracy: the share of its sentences the network puts in it</source>
        <translation>每个类别的准确率：该类别的句子中被网络分到这一类的比例</translation>
    </message>
    <message>
        <location line="+124"/>
        <location line="+6"/>
        <source>Reading the sentences…</source>
        <translation>正在读句子…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 of %3 sentences right</source>
        <translation>%1：%3 个句子中答对 %2 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 %)</source>
        <translation>（%1 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · weights of step %1</source>
        <translation> · 第 %1 步的权重</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 % right of %3</source>
        <translation>%1：%3 个中答对 %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no sentences in this part</source>
        <translation>%1：这部分没有句子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sentence misclassified.</source>
        <translation>没有分错的句子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Misclassified: %1; the %2 most confident mistakes, click one to follow it</source>
        <translation>分错：%1 个；下面是最自信的 %2 个错误，点击一个来跟踪它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Misclassified: %1, most confident first; click one to follow it</source>
        <translation>分错：%1 个，最自信的在前；点击一个来跟踪它</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SequencePicker</name>
    <message>
        <location filename="../../ui/explorer/sequence_picker.cpp" line="+14"/>
        <source>the run&apos;s traced sequence</source>
        <translation>本次运行追踪的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a training window</source>
        <translation>一个训练窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a validation window</source>
        <translation>一个验证窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your own input</source>
        <translation>你自己的输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sequence whose states, gates and gradients are shown</source>
        <translation>显示其状态、门控和梯度的序列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which window of the data</source>
        <translation>数据中的哪个窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow training</source>
        <translation>跟随训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trace again as the weights change while training. Off: keep the sequence as it is now.</source>
        <translation>训练时随权重变化重新追踪。关：保持序列现在的样子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>of %1</source>
        <translation>共 %1 个</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SequencePredictionPlot</name>
    <message>
        <location filename="../../ui/views/sequence_prediction_plot.cpp" line="+8"/>
        <source>Target vs prediction</source>
        <translation>目标与预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>y = x (perfect)</source>
        <translation>y = x（完美）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actual class</source>
        <translation>实际类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>sequences</source>
        <translation>个序列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>windows</source>
        <translation>个窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2
%3</source>
        <translation>%1：%2
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first %1 of %2 %3</source>
        <translation>前 %1 个（共 %2 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (all steps)</source>
        <translation>（所有步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2, step %3</source>
        <translation>%1%2，第 %3 步</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>target vs prediction</source>
        <translation>目标与预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No predictions yet: press Play</source>
        <translation>还没有预测：请按“开始”</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 % right (top %2 of %3)</source>
        <translation>正确 %1 %（%3 类中最常见的 %2 类）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % right</source>
        <translation>正确率 %1 %</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SketchCanvas</name>
    <message>
        <location filename="../../ui/explorer/input_sketch.cpp" line="-260"/>
        <source>Drag to draw the input sequence</source>
        <translation>拖动鼠标绘制输入序列</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SpeedControl</name>
    <message>
        <location filename="../../ui/window/speed_control.cpp" line="+21"/>
        <source>Training speed: from one step a second, to follow every step, up to full speed</source>
        <translation>训练速度：从每秒一步（可以跟上每一步）到全速</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SplitRegions</name>
    <message>
        <location filename="../../ui/views/split_regions.cpp" line="+16"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::StateJacobianView</name>
    <message>
        <location filename="../../ui/gradients/state_jacobian_view.cpp" line="+36"/>
        <source>&lt;p&gt;&lt;b&gt;Why the gradient curve has its slope.&lt;/b&gt; The gradient at step t is the one at the last step T sent back through the Jacobian product: dL/dh_t = (∂h_T/∂h_t)&lt;sup&gt;T&lt;/sup&gt; dL/dh_T, so ‖dL/dh_t‖ ≤ ‖∂h_T/∂h_t‖&lt;sub&gt;2&lt;/sub&gt; ‖dL/dh_T‖. On a log axis the slope of both curves is the log of the average factor per step back.&lt;/p&gt;&lt;p&gt;For a plain RNN each factor is ∂h_t/∂h_{t-1} = diag(φ&apos;(a_t)) W_hh with φ&apos; ≤ 1 (tanh, relu), so its norm is at most σ&lt;sub&gt;1&lt;/sub&gt;(W_hh), the largest singular value: if σ&lt;sub&gt;1&lt;/sub&gt; &amp;lt; 1 the gradient must vanish, at least as fast as σ&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T-t&lt;/sup&gt;. Growth needs the spectral radius ρ(W_hh) &amp;gt; 1 (the long-run growth of W_hh&lt;sup&gt;k&lt;/sup&gt;), and saturated tanh units (φ&apos; ≈ 0) can still stop it.&lt;/p&gt;&lt;p&gt;LSTM and GRU also carry the state along an additive path (c_t = f_t c_{t-1} + …, h_t = z_t h_{t-1} + …) that bypasses W_hh, so their gradient can survive although σ&lt;sub&gt;1&lt;/sub&gt; &amp;lt; 1.&lt;/p&gt;&lt;p&gt;All norms are spectral norms ‖·‖&lt;sub&gt;2&lt;/sub&gt; (largest singular value). Each layer&apos;s product holds its input from below fixed; for the LSTM it runs over the whole state (h, c), and the curve is its h → h block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;梯度曲线为什么是这个斜率。&lt;/b&gt;第 t 步的梯度，是最后一步 T 的梯度经雅可比矩阵乘积传回来的结果：dL/dh_t = (∂h_T/∂h_t)&lt;sup&gt;T&lt;/sup&gt; dL/dh_T，所以 ‖dL/dh_t‖ ≤ ‖∂h_T/∂h_t‖&lt;sub&gt;2&lt;/sub&gt; ‖dL/dh_T‖。在对数坐标轴上，两条曲线的斜率都是每向前一步平均倍数的对数。&lt;/p&gt;&lt;p&gt;对普通 RNN，每个因子是 ∂h_t/∂h_{t-1} = diag(φ&apos;(a_t)) W_hh，其中 φ&apos; ≤ 1（tanh、relu），所以它的范数至多是 σ&lt;sub&gt;1&lt;/sub&gt;(W_hh)，即最大奇异值：若 σ&lt;sub&gt;1&lt;/sub&gt; &amp;lt; 1，梯度必然消失，且至少像 σ&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T-t&lt;/sup&gt; 一样快。增长需要谱半径 ρ(W_hh) &amp;gt; 1（W_hh&lt;sup&gt;k&lt;/sup&gt; 的长期增长），而饱和的 tanh 单元（φ&apos; ≈ 0）仍可能阻止它。&lt;/p&gt;&lt;p&gt;LSTM 和 GRU 还沿一条绕过 W_hh 的加法通路传递状态（c_t = f_t c_{t-1} + …，h_t = z_t h_{t-1} + …），所以即使 σ&lt;sub&gt;1&lt;/sub&gt; &amp;lt; 1，它们的梯度也可能保留下来。&lt;/p&gt;&lt;p&gt;所有范数都是谱范数 ‖·‖&lt;sub&gt;2&lt;/sub&gt;（最大奇异值）。每一层的乘积把来自下层的输入视为固定；对 LSTM，它作用于整个状态 (h, c)，曲线是其中 h → h 的那一块。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Jacobian products ‖∂h_T/∂hₜ‖</source>
        <translation>雅可比矩阵乘积 ‖∂h_T/∂hₜ‖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖∂h_T/∂hₜ‖₂</source>
        <translation>‖∂h_T/∂hₜ‖₂</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recurrent weights: ρ and σ₁</source>
        <translation>循环权重：ρ 与 σ₁</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ, σ₁</source>
        <translation>ρ, σ₁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;ρ (spectral radius): the size of W_hh&apos;s largest eigenvalue, how fast W_hh&lt;sup&gt;k&lt;/sup&gt; grows or shrinks in the long run. σ&lt;sub&gt;1&lt;/sub&gt; (largest singular value): the most one multiplication by W_hh can stretch a vector; ρ ≤ σ&lt;sub&gt;1&lt;/sub&gt;. Below the line at 1 repeated products shrink, above it they can grow.&lt;/p&gt;&lt;p&gt;For LSTM and GRU the chosen gate block is shown: the candidate block (g, n) plays the plain RNN&apos;s W_hh.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ρ（谱半径）：W_hh 最大特征值的大小，即 W_hh&lt;sup&gt;k&lt;/sup&gt; 长期来看增长或缩小得多快。σ&lt;sub&gt;1&lt;/sub&gt;（最大奇异值）：乘一次 W_hh 最多能把一个向量拉长多少；ρ ≤ σ&lt;sub&gt;1&lt;/sub&gt;。在 1 这条线以下，反复相乘会缩小；在它以上则可能增长。&lt;/p&gt;&lt;p&gt;对 LSTM 和 GRU，显示的是所选的门控块：候选值块（g, n）起着普通 RNN 中 W_hh 的作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which gate block of W_hh the right plot shows</source>
        <translation>右侧图表显示 W_hh 的哪个门控块</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (candidate)</source>
        <translation>%1（候选值）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>layer %1 at step %2</source>
        <translation>第 %1 层，训练步 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at step %1</source>
        <translation>在第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 per step back)</source>
        <translation>（每向前一步 %1）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>, layer %1</source>
        <translation>，第 %1 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>σ₁(%1)%2</source>
        <translation>σ₁(%1)%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ρ(%1)%2</source>
        <translation>ρ(%1)%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1: neither growth nor decay</source>
        <translation>1：既不增长也不衰减</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Layer %1: </source>
        <translation>第 %1 层：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient curve %1 per step back</source>
        <translation>每向前一步梯度曲线 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  Jacobian product %1</source>
        <translation>  ·  雅可比矩阵乘积 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  ·  σ₁(%1) = %2, ρ(%1) = %3</source>
        <translation>  ·  σ₁(%1) = %2，ρ(%1) = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How they link (hover for why): %1</source>
        <translation>二者的联系（悬停查看原因）：%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::StateTrajectoryPlot</name>
    <message>
        <location filename="../../ui/text/state_trajectory_plot.cpp" line="+40"/>
        <source>Last layer&apos;s h in its PCA plane</source>
        <translation>最后一层的 h 在其 PCA 平面中</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>PC 1</source>
        <translation>PC 1</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+53"/>
        <source>PC 2</source>
        <translation>PC 2</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+26"/>
        <location line="+29"/>
        <source>No sentences read yet</source>
        <translation>还没有读句子</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1: last layer&apos;s h in its PCA plane</source>
        <translation>%1：最后一层的 h 在其 PCA 平面中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>other classes</source>
        <translation>其他类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>PC 1 (%1 % of variance)</source>
        <translation>PC 1（方差的 %1 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC 2 (%1 %)</source>
        <translation>PC 2（%1 %）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>sentence %1</source>
        <translation>句子 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>t = %1: %2</source>
        <translation>t = %1：%2</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::StepDetailPanel</name>
    <message>
        <location filename="../../ui/explorer/step_detail_panel.cpp" line="+46"/>
        <source>Layer (1 = next to the input)</source>
        <translation>层（1 = 紧挨输入的一层）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit of the layer whose equations are shown</source>
        <translation>显示其方程的那一层中的单元</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sequence was traced without a target (your own input): it has no loss, so there are no gradients to follow back in time.</source>
        <translation>这个序列追踪时没有目标（你自己的输入）：它没有损失，因此没有可以随时间向回追溯的梯度。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&lt;b&gt;Step detail&lt;/b&gt;</source>
        <translation>&lt;b&gt;单步详情&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sequence traced yet.</source>
        <translation>还没有追踪任何序列。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · layer %2 · unit %3 · &lt;b&gt;t = %4&lt;/b&gt; / %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 第 %2 层 · 单元 %3 · &lt;b&gt;t = %4&lt;/b&gt; / %5 · %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>input x&lt;sub&gt;t&lt;/sub&gt; = %1</source>
        <translation>输入 x&lt;sub&gt;t&lt;/sub&gt; = %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>input x&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; of layer %1</source>
        <translation>输入 x&lt;sub&gt;t&lt;/sub&gt; = 第 %1 层的 h&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="-25"/>
        <source> · h&lt;sub&gt;t−1&lt;/sub&gt; = 0 (initial state)</source>
        <translation> · h&lt;sub&gt;t−1&lt;/sub&gt; = 0（初始状态）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>input x&lt;sub&gt;t&lt;/sub&gt; = %1 (symbol %2 of %3, embedded: e&lt;sub&gt;t&lt;/sub&gt; = E[%2], %4 numbers)</source>
        <translation>输入 x&lt;sub&gt;t&lt;/sub&gt; = %1（%3 个符号中的第 %2 个，嵌入：e&lt;sub&gt;t&lt;/sub&gt; = E[%2]，%4 个数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>input x&lt;sub&gt;t&lt;/sub&gt; = %1 (symbol %2 of %3, one-hot: W&lt;sub&gt;ih&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;ih&lt;/sub&gt;[:, %2])</source>
        <translation>输入 x&lt;sub&gt;t&lt;/sub&gt; = %1（%3 个符号中的第 %2 个，独热：W&lt;sub&gt;ih&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;ih&lt;/sub&gt;[:, %2]）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, layer %1</source>
        <translation>，第 %1 层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a and h at %1</source>
        <translation>%1 处的 a 和 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gates at %1</source>
        <translation>%1 处的门控</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>h, c: t = %1 → %2</source>
        <translation>h, c：t = %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h: t = %1 → %2</source>
        <translation>h：t = %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradients at %1</source>
        <translation>%1 处的梯度</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::StripPicture</name>
    <message>
        <location filename="../../ui/text/strip_picture.cpp" line="+34"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The network has not read the text yet.</source>
        <translation>网络还没有读这段文本。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export as %1…</source>
        <translation>导出为 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as HTML…</source>
        <translation>导出为 HTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data as CSV…</source>
        <translation>导出数据为 CSV…</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Export the text as HTML</source>
        <translation>将文本导出为 HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the values as CSV</source>
        <translation>将数值导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SweepControl</name>
    <message>
        <location filename="../../ui/explorer/sweep_control.cpp" line="+20"/>
        <source>forward sweep</source>
        <translation>前向扫过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward sweep</source>
        <translation>反向扫过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward, then backward</source>
        <translation>先前向，后反向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward: states fill in from t = 1. Backward: dL/dhₜ flows back from the loss to t = 1 (backpropagation through time).</source>
        <translation>前向：状态从 t = 1 开始依次算出。反向：dL/dhₜ 从损失流回 t = 1（随时间反向传播）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sweep speed in time steps per second</source>
        <translation>扫过速度，单位为每秒时间步数</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+21"/>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Pause the sweep</source>
        <translation>暂停扫过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the sweep through time</source>
        <translation>沿时间播放扫过过程</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SymbolDataPage</name>
    <message>
        <location filename="../../ui/views/symbol_data_page.cpp" line="+105"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows of %1 characters</source>
        <translation>%1 个字符的窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences of %1 steps</source>
        <translation>%1 步的序列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 train, %3 validation, %4 test.</source>
        <translation>%1：训练 %2 个，验证 %3 个，测试 %4 个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first training sample: what the network reads, and what it learns to answer (step %1 of %2 marked, as the time bar)</source>
        <translation>第一个训练样本：网络读入什么，学习回答什么（标出第 %1 / %2 步，与时间条一致）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reads</source>
        <translation>读入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answers after the last step</source>
        <translation>最后一步之后回答</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>… and %1 more</source>
        <translation>… 还有 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training part</source>
        <translation>训练部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation part</source>
        <translation>验证部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test part</source>
        <translation>测试部分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each sentence is read as %1 steps: shorter ones are padded at the start with line ends (↵), longer ones keep their last %1 characters.</source>
        <translation>每个句子读作 %1 步：较短的在开头用换行符（↵）补齐，较长的保留最后 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SymbolInputField</name>
    <message>
        <location filename="../../ui/explorer/symbol_input_field.cpp" line="+39"/>
        <source>your input, column %1: &apos;%2&apos; is not one of the symbols (%3)</source>
        <translation>你的输入，第 %1 列：&apos;%2&apos; 不是符号之一（%3）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>type at least one character</source>
        <translation>至少输入一个字符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your input</source>
        <translation>你的输入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>type a text: one symbol per character</source>
        <translation>输入文本：每个字符一个符号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own input, one step per character; press Enter to run the network on it</source>
        <translation>你自己的输入，每个字符一步；按 Enter 让网络运行它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy the shown sequence</source>
        <translation>复制显示的序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the input of the sequence on screen</source>
        <translation>从屏幕上序列的输入开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your text</source>
        <translation>你的文本</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::SymbolLabels</name>
    <message>
        <location filename="../../ui/explorer/symbol_labels.cpp" line="+17"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::TextView</name>
    <message>
        <location filename="../../ui/text/strip_colouring.cpp" line="+58"/>
        <source>layer %1, unit %2</source>
        <translation>第 %1 层，单元 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>surprise −log₂ p of the next character (bits)</source>
        <translation>下一个字符的意外度 −log₂ p（比特）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>h, hidden state (%1)</source>
        <translation>h，隐藏状态（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>c, cell state (%1)</source>
        <translation>c，细胞状态（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gate %1 (%2)</source>
        <translation>门 %1（%2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>connectivity ‖∂ log p(next) / ∂x‖ to %1 (log scale)</source>
        <translation>到 %1 的连通性 ‖∂ log p(下一个) / ∂x‖（对数刻度）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connectivity ‖∂ log p(next) / ∂x‖: click a character (log scale)</source>
        <translation>连通性 ‖∂ log p(下一个) / ∂x‖：点击一个字符（对数刻度）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>i, input gate</source>
        <translation>i，输入门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f, forget gate</source>
        <translation>f，遗忘门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>g, candidate cell</source>
        <translation>g，候选细胞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>o, output gate</source>
        <translation>o，输出门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r, reset gate</source>
        <translation>r，重置门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z, update gate</source>
        <translation>z，更新门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n, candidate state</source>
        <translation>n，候选状态</translation>
    </message>
    <message>
        <location filename="../../ui/text/text_view.cpp" line="+52"/>
        <source>The Text view shows how a character language model reads a text, each character coloured by what the network holds or by how surprised it is by the next one; it needs a text as the data: choose one of the texts in the Data panel, or open a .txt file (File → Open).</source>
        <translation>“文本”视图显示字符语言模型如何阅读文本，每个字符按网络所保持的内容或它对下一个字符的意外程度着色；它需要文本作为数据：在数据面板中选择一个文本，或打开一个 .txt 文件（文件 → 打开）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What colours each character: how surprised the network is by the next character, or one unit&apos;s state or gate after reading it</source>
        <translation>每个字符按什么着色：网络对下一个字符有多意外，或读入它之后某个单元的状态或门</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation text</source>
        <translation>验证文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your own text</source>
        <translation>你自己的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text the network reads: the start of the validation part, window by window as validation reads it, or a text of yours</source>
        <translation>网络读的文本：验证部分的开头，像验证时一样逐个窗口读入，或你自己的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type or paste a text for the network to read…</source>
        <translation>输入或粘贴一段文本让网络阅读…</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>surprise −log₂ p</source>
        <translation>意外度 −log₂ p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h, hidden state</source>
        <translation>h，隐藏状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c, cell state</source>
        <translation>c，细胞状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connectivity to the selected character</source>
        <translation>到所选字符的连通性</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connectivity</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computing the connectivity to %1…</source>
        <translation>正在计算到 %1 的连通性…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last character of the text has no next one to predict: click another.</source>
        <translation>文本的最后一个字符后面没有要预测的字符：请点击另一个。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Type or paste a text above: the network reads it from a zero state.</source>
        <translation>在上方输入或粘贴文本：网络从零状态开始读它。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The validation part of this text is shorter than one window: choose “your own text” to see the network read.</source>
        <translation>此文本的验证部分比一个窗口还短：选择“你自己的文本”来看网络阅读。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the text…</source>
        <translation>正在读文本…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in 1 window of %1</source>
        <translation>，1 个 %1 字符的窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in %1 windows of %2</source>
        <translation>，%1 个 %2 字符的窗口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · %1 bits per character</source>
        <translation> · 每字符 %1 比特</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · weights of step %1</source>
        <translation> · 第 %1 步的权重</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::TimeBar</name>
    <message>
        <location filename="../../ui/window/time_bar.cpp" line="+58"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First time step (Home)</source>
        <translation>第一个时间步（Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous time step (Left)</source>
        <translation>上一个时间步（左方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next time step (Right)</source>
        <translation>下一个时间步（右方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time step (End)</source>
        <translation>最后一个时间步（End）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time step shown by the views</source>
        <translation>视图显示的时间步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the forward pass: states and gates</source>
        <translation>显示前向传播：状态和门控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the backward pass: gradients (BPTT)</source>
        <translation>显示反向传播：梯度（BPTT）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>t = – / –</source>
        <translation>t = – / –</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::TraceHeatmaps</name>
    <message>
        <location filename="../../ui/explorer/trace_heatmaps.cpp" line="+51"/>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::TrainingProgress</name>
    <message>
        <location filename="../../ui/window/training_progress.cpp" line="+25"/>
        <location line="+18"/>
        <source>epoch %1 / %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+20"/>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not training</source>
        <translation>未在训练</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::TrainingWorker</name>
    <message>
        <location filename="../../ui/session/training_worker.cpp" line="+38"/>
        <source>out of memory: the network or the data is too large for this machine; training stopped</source>
        <translation>内存不足：网络或数据对本机来说太大；训练已停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected error in the training thread</source>
        <translation>训练线程中出现意外错误</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::UnitTraceRow</name>
    <message>
        <location filename="../../ui/text/unit_trace_row.cpp" line="+29"/>
        <source>Click to colour the text by this unit</source>
        <translation>点击，按这个单元给文本着色</translation>
    </message>
</context>
<context>
    <name>rnnlab::ui::UnrolledDiagram</name>
    <message>
        <location filename="../../ui/explorer/unrolled_diagram.cpp" line="+98"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No sequence traced yet: train, or pick a sequence above.</source>
        <translation>还没有追踪任何序列：请训练，或在上方选择一个序列。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unrolled network</source>
        <translation>展开的网络</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Steps %1 to %2: click to show every step</source>
        <translation>第 %1 到 %2 步：点击显示每一步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>t = %1, layer %2
‖hₜ‖/√H = %3</source>
        <translation>t = %1，第 %2 层
‖hₜ‖/√H = %3</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Show every step</source>
        <translation>显示每一步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
</context>
</TS>
