/* kj-chart-view.c: a widget that shows one chart of the engine
 * Copyright 2026 The Kinerja authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart is drawn by the engine from the snapshot, so the screen shows what
 * the exporters and printing draw.  The view keeps the chart's layout at its
 * size (KjChartLayout): hover, clicks and the keyboard use it, and a redraw
 * at the same size and theme draws it again without laying it out anew.
 */
#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "widgets/kj-chart-view.h"

#define MIN_WIDTH       320
#define NATURAL_WIDTH   720
#define MIN_HEIGHT      360
#define FOCUS_PADDING   3
#define SCROLL_MARGIN   12

struct _KjChartView
{
  GtkWidget  parent_instance;

  /* owned */
  KjChart       *chart;
  KjChartLayout *layout;         /* the chart at the widget's size, or NULL */
  char          *pending_focus;  /* label of the item to focus once laid out */

  int            focus_item;     /* -1: none */
  int            hover_item;     /* -1: none */
  double         header_top;     /* where the kept header was last drawn: 0 unscrolled */

  /* borrowed */
  GtkAdjustment *vadjustment;    /* the scrolled window's, while mapped */
};

G_DEFINE_FINAL_TYPE (KjChartView, kj_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  N_PROPS
};

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

/* the first four are KjChartDirection's */
typedef enum
{
  MOVE_LEFT = KJ_CHART_LEFT,
  MOVE_RIGHT = KJ_CHART_RIGHT,
  MOVE_UP = KJ_CHART_UP,
  MOVE_DOWN = KJ_CHART_DOWN,
  MOVE_FIRST,
  MOVE_LAST,
} Move;

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const KjChartTheme *
current_theme (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? kj_chart_theme_dark () : kj_chart_theme_light ();
}

static guint
n_items (KjChartView *self)
{
  return self->layout ? kj_chart_layout_get_n_items (self->layout) : 0;
}

static const KjChartItem *
get_item (KjChartView *self,
          int          index)
{
  if (index < 0 || (guint) index >= n_items (self))
    return NULL;
  return kj_chart_layout_get_item (self->layout, index);
}

static int
find_item_by_label (KjChartView *self,
                    const char  *label)
{
  for (guint i = 0; i < n_items (self); i++)
    if (g_strcmp0 (kj_chart_layout_get_item (self->layout, i)->label, label) == 0)
      return i;
  return -1;
}

/* After a new chart is laid out, the keyboard focus goes back to the item of
 * the same name: a click that changes the year keeps its place. */
static void
set_layout (KjChartView   *self,
            KjChartLayout *layout)
{
  g_clear_pointer (&self->layout, kj_chart_layout_unref);
  self->layout = layout;
  if (self->pending_focus)
    {
      self->focus_item = find_item_by_label (self, self->pending_focus);
      g_clear_pointer (&self->pending_focus, g_free);
    }
  if (self->focus_item >= (int) n_items (self))
    self->focus_item = -1;
}

/* Hit tests need the layout at the widget's size; a snapshot usually made it,
 * otherwise lay the chart out without drawing it. */
static gboolean
ensure_layout (KjChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  const KjChartTheme *theme = current_theme ();

  if (self->chart == NULL || width <= 0 || height <= 0)
    return FALSE;
  if (self->layout && kj_chart_layout_fits (self->layout, self->chart, width, height, theme))
    return TRUE;
  set_layout (self, kj_chart_layout_new (self->chart, width, height, G_MAXUINT, theme));
  return TRUE;
}

static void
update_accessible (KjChartView *self)
{
  g_autofree char *description = NULL;

  if (self->chart == NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "",
                                      -1);
      return;
    }
  description = kj_chart_describe (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kj_chart_get_title (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : "",
                                  -1);
}

static void
draw_focus (KjChartView        *self,
            cairo_t            *cr,
            const KjChartTheme *theme)
{
  const KjChartItem *item = get_item (self, self->focus_item);
  double x, y, w, h;

  if (item == NULL)
    return;
  /* markers can be points: the ring stays visible around them */
  w = MAX (item->width, 8);
  h = MAX (item->height, 8);
  x = item->x + item->width / 2 - w / 2 - FOCUS_PADDING;
  y = item->y + item->height / 2 - h / 2 - FOCUS_PADDING;
  w += 2 * FOCUS_PADDING;
  h += 2 * FOCUS_PADDING;
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, round (x) + .5, round (y) + .5, round (w) - 1, round (h) - 1);
  cairo_set_line_width (cr, 2);
  cairo_set_source_rgba (cr, theme->foreground.red, theme->foreground.green,
                         theme->foreground.blue, theme->foreground.alpha);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* How far the view's top is scrolled out of its scrolled window: 0 when
 * its top is in sight. */
static double
scrolled_away (KjChartView *self)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  double x, y;

  /* gtk_widget_compute_point (4.12) replaces it; Debian 12 has GTK 4.8 */
  if (scroller == NULL || !gtk_widget_translate_coordinates (scroller, GTK_WIDGET (self), 0, 0, &x, &y))
    return 0;
  return MAX (0, y);
}

/* The height of the header a long chart keeps in sight (title, legend,
 * axis), or 0. */
static double
kept_header_height (KjChartView *self)
{
  if (self->layout == NULL)
    return 0;
  return kj_chart_layout_get_header_height (self->layout);
}

/* A long chart's header drawn again at the top of what is in sight, over the
 * rows scrolled under it: the axis and the legend stay readable at row 150. */
static void
draw_kept_header (KjChartView        *self,
                  cairo_t            *cr,
                  const KjChartTheme *theme)
{
  double top = scrolled_away (self), header = kept_header_height (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  self->header_top = 0;
  if (top <= 0 || header <= 0 || top + header >= gtk_widget_get_height (GTK_WIDGET (self)))
    return;
  self->header_top = top;
  cairo_save (cr);
  cairo_translate (cr, 0, round (top));
  cairo_rectangle (cr, 0, 0, width, header);
  cairo_clip (cr);
  kj_chart_layout_draw (self->layout, cr);
  cairo_restore (cr);
  /* a hairline where the rows pass under it */
  cairo_set_source_rgba (cr, theme->grid.red, theme->grid.green, theme->grid.blue,
                         MIN (1, theme->grid.alpha * 2));
  cairo_rectangle (cr, 0, round (top + header), width, 1);
  cairo_fill (cr);
}

/* Whether (@x, @y) is under the kept header, which hides the rows there. */
static gboolean
under_header (KjChartView *self,
              double       y)
{
  return self->header_top > 0 && y >= self->header_top
         && y < self->header_top + kept_header_height (self);
}

static void
kj_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KjChartView *self = KJ_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  const KjChartTheme *theme;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  theme = current_theme ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->layout && kj_chart_layout_fits (self->layout, self->chart, width, height, theme))
    kj_chart_layout_draw (self->layout, cr);
  else
    set_layout (self, kj_chart_draw_layout (self->chart, cr, width, height, theme));
  if (gtk_widget_has_focus (widget))
    draw_focus (self, cr, theme);
  draw_kept_header (self, cr, theme);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
kj_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Long charts (207 areas) ask for the height at which every row is readable;
 * in a scrolled window with a natural scroll policy they scroll. */
static void
kj_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KjChartView *self = KJ_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }
  *minimum = MIN_HEIGHT;
  *natural = MIN_HEIGHT;
  if (self->chart)
    {
      double width = for_size > 0 ? for_size : NATURAL_WIDTH;
      double height = kj_chart_get_natural_height (self->chart, width);
      if (isfinite (height))
        *natural = MAX (MIN_HEIGHT, (int) ceil (MIN (height, 1e6)));
    }
}

static gboolean
kj_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  KjChartView *self = KJ_CHART_VIEW (widget);
  const KjChartItem *item;

  if (!ensure_layout (self))
    return FALSE;
  item = get_item (self, keyboard_mode ? self->focus_item : kj_chart_view_hit_test (self, x, y));
  if (item == NULL || item->tooltip == NULL || *item->tooltip == '\0')
    return FALSE;
  /* plain text: labels come from plan files */
  gtk_tooltip_set_text (tooltip, item->tooltip);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { floor (item->x), floor (item->y),
                                                       MAX (1, ceil (item->width)),
                                                       MAX (1, ceil (item->height)) });
  return TRUE;
}

static gboolean
item_is_activatable (const KjChartItem *item)
{
  return item && ((item->satker && *item->satker) || item->year > 0);
}

static void
motion_cb (KjChartView              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  int hover = kj_chart_view_hit_test (self, x, y);

  if (hover == self->hover_item)
    return;
  self->hover_item = hover;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   item_is_activatable (get_item (self, hover)) ? "pointer" : NULL);
}

static void
leave_cb (KjChartView *self)
{
  self->hover_item = -1;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

/* Keeps the focused item in view when the chart is taller than its window. */
static void
scroll_to_item (KjChartView       *self,
                const KjChartItem *item)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport;
  GtkAdjustment *adjustment;
  double top, bottom, page, value;

  if (scroller == NULL || item == NULL
      || (viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))) == NULL)
    return;
  /* gtk_widget_compute_point (4.12) replaces it; Debian 12 has GTK 4.8 */
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self), viewport, 0, item->y, NULL, &top))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  bottom = top + item->height;
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment);
  /* below the header a long chart keeps in sight */
  if (top < SCROLL_MARGIN + (value > 0 ? kept_header_height (self) : 0))
    gtk_adjustment_set_value (adjustment, value + top - SCROLL_MARGIN - kept_header_height (self));
  else if (bottom > page - SCROLL_MARGIN)
    gtk_adjustment_set_value (adjustment,
                              value + MIN (top - SCROLL_MARGIN, bottom - page + SCROLL_MARGIN));
}

static void
pressed_cb (KjChartView     *self,
            int              n_press,
            double           x,
            double           y,
            GtkGestureClick *gesture)
{
  int index = kj_chart_view_hit_test (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index >= 0)
    kj_chart_view_set_focus_item (self, index);
}

static void
released_cb (KjChartView     *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  int index = kj_chart_view_hit_test (self, x, y);

  if (index >= 0)
    kj_chart_view_activate_item (self, index);
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KjChartView *self = KJ_CHART_VIEW (widget);
  Move move = g_variant_get_int32 (parameter);
  int n, next;

  if (!ensure_layout (self) || (n = n_items (self)) == 0)
    return;
  if (move == MOVE_FIRST)
    next = 0;
  else if (move == MOVE_LAST)
    next = n - 1;
  else if (self->focus_item < 0)
    next = 0;
  else
    {
      next = kj_chart_layout_find_neighbour (self->layout, self->focus_item, (KjChartDirection) move);
      /* a column of bars has nothing to the right: go on in reading order */
      if (next < 0)
        next = CLAMP (self->focus_item + (move == MOVE_LEFT || move == MOVE_UP ? -1 : 1), 0, n - 1);
    }
  kj_chart_view_set_focus_item (self, next);
  scroll_to_item (self, get_item (self, next));
}

static void
activate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KjChartView *self = KJ_CHART_VIEW (widget);

  if (self->focus_item >= 0)
    kj_chart_view_activate_item (self, self->focus_item);
}

static void
focus_changed_cb (KjChartView *self)
{
  /* Tab into the chart shows where the arrow keys start */
  if (gtk_widget_has_focus (GTK_WIDGET (self)) && self->focus_item < 0 && ensure_layout (self)
      && n_items (self) > 0)
    self->focus_item = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kj_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KjChartView *self = KJ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kj_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KjChartView *self = KJ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      kj_chart_view_set_chart (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Scrolling moves the kept header: it is drawn anew at each step. */
static void
kj_chart_view_map (GtkWidget *widget)
{
  KjChartView *self = KJ_CHART_VIEW (widget);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (kj_chart_view_parent_class)->map (widget);
  if (scroller == NULL)
    return;
  self->vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
}

static void
kj_chart_view_unmap (GtkWidget *widget)
{
  KjChartView *self = KJ_CHART_VIEW (widget);

  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_draw, self);
  self->vadjustment = NULL;
  GTK_WIDGET_CLASS (kj_chart_view_parent_class)->unmap (widget);
}

static void
kj_chart_view_finalize (GObject *object)
{
  KjChartView *self = KJ_CHART_VIEW (object);

  g_clear_pointer (&self->layout, kj_chart_layout_unref);
  g_clear_pointer (&self->chart, kj_chart_unref);
  g_clear_pointer (&self->pending_focus, g_free);

  G_OBJECT_CLASS (kj_chart_view_parent_class)->finalize (object);
}

static void
kj_chart_view_class_init (KjChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; Move move; } keys[] = {
    { GDK_KEY_Left, MOVE_LEFT }, { GDK_KEY_KP_Left, MOVE_LEFT },
    { GDK_KEY_Right, MOVE_RIGHT }, { GDK_KEY_KP_Right, MOVE_RIGHT },
    { GDK_KEY_Up, MOVE_UP }, { GDK_KEY_KP_Up, MOVE_UP },
    { GDK_KEY_Down, MOVE_DOWN }, { GDK_KEY_KP_Down, MOVE_DOWN },
    { GDK_KEY_Home, MOVE_FIRST }, { GDK_KEY_KP_Home, MOVE_FIRST },
    { GDK_KEY_End, MOVE_LAST }, { GDK_KEY_KP_End, MOVE_LAST },
  };
  static const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  object_class->get_property = kj_chart_view_get_property;
  object_class->set_property = kj_chart_view_set_property;
  object_class->finalize = kj_chart_view_finalize;
  widget_class->snapshot = kj_chart_view_snapshot;
  widget_class->map = kj_chart_view_map;
  widget_class->unmap = kj_chart_view_unmap;
  widget_class->get_request_mode = kj_chart_view_get_request_mode;
  widget_class->measure = kj_chart_view_measure;
  widget_class->query_tooltip = kj_chart_view_query_tooltip;

  properties[PROP_CHART] =
    g_param_spec_boxed ("chart", NULL, NULL, KJ_TYPE_CHART,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KjChartView::item-activated:
   * @index: the item, for kj_chart_layout_get_item() on the view's layout
   *
   * A click, Enter or space on a bar, point or cell of the chart.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "chart.move", "i", move_activated);
  gtk_widget_class_install_action (widget_class, "chart.activate-item", NULL, activate_activated);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0,
                                         "chart.move", "i", keys[i].move);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0,
                                         "chart.activate-item", NULL);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kj_chart_view_init (KjChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->focus_item = -1;
  self->hover_item = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "released", G_CALLBACK (released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "notify::has-focus", G_CALLBACK (focus_changed_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  update_accessible (self);
}

GtkWidget *
kj_chart_view_new (void)
{
  return g_object_new (KJ_TYPE_CHART_VIEW, NULL);
}

/**
 * kj_chart_view_get_chart:
 * Returns: (transfer none) (nullable): the chart shown
 */
KjChart *
kj_chart_view_get_chart (KjChartView *self)
{
  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/**
 * kj_chart_view_set_chart:
 * @chart: (nullable): the chart to show
 *
 * Shows another chart; the focused item keeps its place when the new chart
 * has an item of the same label.
 */
void
kj_chart_view_set_chart (KjChartView *self,
                         KjChart     *chart)
{
  const KjChartItem *focused;

  g_return_if_fail (KJ_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;
  focused = get_item (self, self->focus_item);
  g_free (self->pending_focus);
  self->pending_focus = focused && focused->label ? g_strdup (focused->label) : NULL;
  g_clear_pointer (&self->chart, kj_chart_unref);
  self->chart = chart ? kj_chart_ref (chart) : NULL;
  self->focus_item = -1;
  self->hover_item = -1;
  g_clear_pointer (&self->layout, kj_chart_layout_unref);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/**
 * kj_chart_view_get_layout:
 * Returns: (transfer none) (nullable): the chart laid out at the widget's
 *   size, once it has one
 */
KjChartLayout *
kj_chart_view_get_layout (KjChartView *self)
{
  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), NULL);
  return ensure_layout (self) ? self->layout : NULL;
}

/**
 * kj_chart_view_hit_test:
 * Returns: the item at @x, @y in the widget's coordinates, or -1
 */
int
kj_chart_view_hit_test (KjChartView *self,
                        double       x,
                        double       y)
{
  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), -1);

  if (!ensure_layout (self) || under_header (self, y))
    return -1;
  return kj_chart_layout_hit_test (self->layout, x, y);
}

/**
 * kj_chart_view_get_tooltip_at:
 * Returns: (nullable): the tooltip shown at @x, @y, plain text
 */
const char *
kj_chart_view_get_tooltip_at (KjChartView *self,
                              double       x,
                              double       y)
{
  const KjChartItem *item;

  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), NULL);

  item = get_item (self, kj_chart_view_hit_test (self, x, y));
  return item ? item->tooltip : NULL;
}

int
kj_chart_view_get_focus_item (KjChartView *self)
{
  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), -1);
  return self->focus_item;
}

void
kj_chart_view_set_focus_item (KjChartView *self,
                              int          index)
{
  g_return_if_fail (KJ_IS_CHART_VIEW (self));

  if (get_item (self, index) == NULL)
    index = -1;
  if (index == self->focus_item)
    return;
  self->focus_item = index;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kj_chart_view_activate_item:
 * Focuses the item and emits #KjChartView::item-activated for it.
 */
void
kj_chart_view_activate_item (KjChartView *self,
                             guint        index)
{
  g_return_if_fail (KJ_IS_CHART_VIEW (self));

  if (get_item (self, index) == NULL)
    return;
  kj_chart_view_set_focus_item (self, index);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, index);
}

/**
 * kj_chart_view_get_header_top:
 * Where the view last drew the header a long chart keeps in sight while its
 * rows scroll (its height is the layout's kj_chart_layout_get_header_height()).
 *
 * Returns: its top in the view's coordinates, 0 where the chart's own header
 *   is in sight
 */
double
kj_chart_view_get_header_top (KjChartView *self)
{
  g_return_val_if_fail (KJ_IS_CHART_VIEW (self), 0);
  return self->header_top;
}
