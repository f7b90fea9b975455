import { lazy, type ComponentType } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { useCan, type Permission } from './lib/session'
import { Shell } from './shell'
import { LoginScreen } from './screens/login'
import { NotFoundScreen } from './screens/not-found'
import { RequirePermission } from './require-permission'

// Each screen is its own chunk, loaded when first opened: the sign-in and the shell come first.
const DashboardScreen = lazy(() => import('./screens/dashboard').then((m) => ({ default: m.DashboardScreen })))
const ProductsScreen = lazy(() => import('./screens/products').then((m) => ({ default: m.ProductsScreen })))
const ProductScreen = lazy(() => import('./screens/product').then((m) => ({ default: m.ProductScreen })))
const OrdersScreen = lazy(() => import('./screens/orders').then((m) => ({ default: m.OrdersScreen })))
const OrderScreen = lazy(() => import('./screens/order').then((m) => ({ default: m.OrderScreen })))

/** The first screen the staff member's role allows: the dashboard, else products. */
function FirstScreen() {
  const can = useCan()
  return <Navigate to={can('orders:read') ? '/dashboard' : '/products'} replace />
}

/** A screen that needs a permission: refused on the page as the API would refuse its calls. */
const guarded = (path: string, permission: Permission, Screen: ComponentType) => ({
  path,
  element: (
    <RequirePermission permission={permission}>
      <Screen />
    </RequirePermission>
  ),
})

/** Screens, under /admin. Each names the permission it needs; the API checks it again. */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginScreen /> },
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <FirstScreen /> },
        guarded('dashboard', 'orders:read', DashboardScreen),
        guarded('products', 'catalog:read', ProductsScreen),
        guarded('products/:productId', 'catalog:read', ProductScreen),
        guarded('orders', 'orders:read', OrdersScreen),
        guarded('orders/:orderId', 'orders:read', OrderScreen),
        { path: '*', element: <NotFoundScreen /> },
      ],
    },
  ],
  { basename: '/admin' },
)
