import { lazy, type ComponentType } from 'react'
import { createBrowserRouter, matchPath, Navigate } from 'react-router'
import { useCan, type Permission } from './lib/session'
import { Shell } from './shell'
import { LoginScreen } from './screens/login'
import { NotFoundScreen } from './screens/not-found'
import { RequirePermission } from './require-permission'

interface Screen {
  path: string
  permission: Permission
  load: () => Promise<ComponentType>
}

/** Screens, under /admin. Each names the permission it needs (the API checks it again) and is a chunk of its own. */
const SCREENS: Screen[] = [
  { path: 'dashboard', permission: 'orders:read', load: () => import('./screens/dashboard').then((m) => m.DashboardScreen) },
  { path: 'orders', permission: 'orders:read', load: () => import('./screens/orders').then((m) => m.OrdersScreen) },
  { path: 'orders/:orderId', permission: 'orders:read', load: () => import('./screens/order').then((m) => m.OrderScreen) },
  { path: 'customers', permission: 'customers:read', load: () => import('./screens/customers').then((m) => m.CustomersScreen) },
  { path: 'customers/:customerId', permission: 'customers:read', load: () => import('./screens/customer').then((m) => m.CustomerScreen) },
  { path: 'products', permission: 'catalog:read', load: () => import('./screens/products').then((m) => m.ProductsScreen) },
  { path: 'products/new', permission: 'catalog:write', load: () => import('./screens/product-new').then((m) => m.NewProductScreen) },
  { path: 'products/:productId', permission: 'catalog:read', load: () => import('./screens/product').then((m) => m.ProductScreen) },
  { path: 'categories', permission: 'catalog:read', load: () => import('./screens/categories').then((m) => m.CategoriesScreen) },
  { path: 'collections', permission: 'catalog:read', load: () => import('./screens/collections').then((m) => m.CollectionsScreen) },
  { path: 'inventory', permission: 'catalog:read', load: () => import('./screens/inventory').then((m) => m.InventoryScreen) },
  { path: 'imports', permission: 'imports:write', load: () => import('./screens/imports').then((m) => m.ImportsScreen) },
  { path: 'promotions', permission: 'promotions:read', load: () => import('./screens/promotions').then((m) => m.PromotionsScreen) },
  {
    path: 'promotions/:promotionId',
    permission: 'promotions:read',
    load: () => import('./screens/promotion').then((m) => m.PromotionScreen),
  },
  { path: 'search', permission: 'catalog:read', load: () => import('./screens/search-settings').then((m) => m.SearchSettingsScreen) },
  { path: 'regions', permission: 'settings:write', load: () => import('./screens/regions').then((m) => m.RegionsScreen) },
  { path: 'regions/:regionId', permission: 'settings:write', load: () => import('./screens/region').then((m) => m.RegionScreen) },
  { path: 'staff', permission: 'staff:read', load: () => import('./screens/staff').then((m) => m.StaffScreen) },
  { path: 'api-tokens', permission: 'tokens:write', load: () => import('./screens/api-tokens').then((m) => m.ApiTokensScreen) },
  { path: 'audit-log', permission: 'audit:read', load: () => import('./screens/audit-log').then((m) => m.AuditLogScreen) },
]

/**
 * Starts loading the chunk of the screen a page load opens, alongside the session check, instead of
 * after it: the browser would otherwise wait for the session, then the chunk, then the screen's data.
 */
export function preloadScreen(pathname: string) {
  const path = pathname.replace(/^\/admin/, '') || '/'
  const screen = SCREENS.find((s) => matchPath(`/${s.path}`, path))
  void screen?.load().catch(() => undefined) // a failed preload is retried, and reported, on render
}

/** The first screen the staff member's role allows: the dashboard, else products. */
function FirstScreen() {
  const can = useCan()
  return <Navigate to={can('orders:read') ? '/dashboard' : '/products'} replace />
}

/** A screen that needs a permission: refused on the page as the API would refuse its calls. */
const guarded = ({ path, permission, load }: Screen) => {
  const Component = lazy(() => load().then((component) => ({ default: component })))
  return {
    path,
    element: (
      <RequirePermission permission={permission}>
        <Component />
      </RequirePermission>
    ),
  }
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginScreen /> },
    {
      path: '/',
      element: <Shell />,
      children: [{ index: true, element: <FirstScreen /> }, ...SCREENS.map(guarded), { path: '*', element: <NotFoundScreen /> }],
    },
  ],
  { basename: '/admin' },
)
