import { createBrowserRouter, Navigate } from 'react-router'
import { Shell } from './shell'
import { LoginScreen } from './screens/login'
import { ProductsScreen } from './screens/products'
import { ProductScreen } from './screens/product'
import { NotFoundScreen } from './screens/not-found'
import { RequirePermission } from './require-permission'

/** Screens, under /admin. Each names the permission it needs; the API checks it again. */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginScreen /> },
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/products" replace /> },
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
        { path: '*', element: <NotFoundScreen /> },
      ],
    },
  ],
  { basename: '/admin' },
)
