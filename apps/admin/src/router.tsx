import { lazy } from 'react'
import { createBrowserRouter, Navigate } from 'react-router'
import { useCan } from './lib/session'
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

/** Screens, under /admin. Each names the permission it needs; the API checks it again. */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginScreen /> },
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <FirstScreen /> },
        {
          path: 'dashboard',
          element: (
            <RequirePermission permission="orders:read">
              <DashboardScreen />
            </RequirePermission>
          ),
        },
        {
          path: 'products',
          element: (
            <RequirePermission permission="catalog:read">
              <ProductsScreen />
            </RequirePermission>
          ),
        },
        {
          path: 'products/:productId',
          element: (
            <RequirePermission permission="catalog:read">
              <ProductScreen />
            </RequirePermission>
          ),
        },
        {
          path: 'orders',
          element: (
            <RequirePermission permission="orders:read">
              <OrdersScreen />
            </RequirePermission>
          ),
        },
        {
          path: 'orders/:orderId',
          element: (
            <RequirePermission permission="orders:read">
              <OrderScreen />
            </RequirePermission>
          ),
        },
        { path: '*', element: <NotFoundScreen /> },
      ],
    },
  ],
  { basename: '/admin' },
)
