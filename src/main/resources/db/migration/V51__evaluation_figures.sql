-- The dashboard counts a department's panels and open objections by item.
CREATE INDEX ix_ev_draw_department ON ev_draw (department_code, item_code);
CREATE INDEX ix_ev_objection_state ON ev_objection (state, received_at);
-- Panels still scoring: a draw with a seat in state ASSIGNED.
CREATE INDEX ix_ev_seat_state ON ev_panel_seat (state, draw_id);
