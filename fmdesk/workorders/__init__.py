"""Work-order and inspection lifecycles (工单闭环, 巡检): states, SLA, dispatch, numbering."""
