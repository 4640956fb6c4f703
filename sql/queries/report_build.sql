-- When the warehouse was built, in Beijing time (the sources publish in it), and its data label.
SELECT data_label, strftime(timezone('Asia/Shanghai', timezone('UTC', built_at)), '%Y-%m-%d %H:%M') AS built_beijing
FROM raw.build_info
